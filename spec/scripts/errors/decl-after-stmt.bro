print "statement";
global late = 1;
event zeek_init() { }
