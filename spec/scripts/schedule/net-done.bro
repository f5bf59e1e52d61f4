event net_done(t: time) { print "net_done", t == network_time(); }
event e() { print "e"; }
event zeek_init() { schedule 1 sec { e() }; }
event zeek_done() { print "zeek_done"; }
