event zeek_done() { print "done"; }
event zeek_init() { print "init"; }
