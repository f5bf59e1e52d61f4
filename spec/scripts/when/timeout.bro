global x = 0;
event zeek_init() { when ( x == 1 ) { print "never"; } timeout 1 sec { print "timeout"; } }
event zeek_done() { print "done"; }
