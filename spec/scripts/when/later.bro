global x = 0;
event e() { x = 42; print "set"; }
event zeek_init() { when ( x == 42 ) { print "fired", x; } event e(); print "init"; }
