event e(n: count) { print n; }
event zeek_init() { local x = 1; schedule 1 sec { e(x) }; x = 2; }
