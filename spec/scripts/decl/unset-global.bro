global x: count;
event zeek_init() { print x; }
event zeek_done() { print "done"; }
