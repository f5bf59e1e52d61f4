event zeek_init() { local z = 0; print 1 / z; }
event zeek_init() &priority = -1 { print "next"; }
