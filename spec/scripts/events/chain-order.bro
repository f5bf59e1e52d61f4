event c() { print "c"; }
event b() { print "b"; event c(); }
event a() { print "a"; event b(); }
event zeek_init() { event a(); event a(); }
