type R: record { n: count; };
event e(r: R) { print r$n; }
event zeek_init() { local r = R($n = 1); event e(r); r$n = 2; }
