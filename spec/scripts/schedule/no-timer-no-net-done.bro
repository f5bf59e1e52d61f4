event net_done(t: time) { print "net_done"; }
event zeek_done() { print "zeek_done"; }
