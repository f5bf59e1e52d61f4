global x = 0;
event zeek_init() { when ( x == 1 ) print "never"; }
event zeek_done() { print "done"; }
