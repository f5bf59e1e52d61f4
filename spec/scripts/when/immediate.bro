global x = 1;
event zeek_init() { when ( x == 1 ) print "now"; print "after"; }
