event e() { print "abs"; }
event zeek_init() { schedule network_time() + 5 secs { e() }; }
