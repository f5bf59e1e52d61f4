event e(a: count, b: string) { print "e", a, b; }
event zeek_init() { event e(1, "x"); print "queued"; }
