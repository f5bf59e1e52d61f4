event e(n: count) { print "first", n; n = 99; }
event e(n: count) { print "second", n; }
event zeek_init() { event e(1); }
