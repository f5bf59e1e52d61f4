function f(): count { return when ( T ) { return 1; } }
event zeek_init() { print f(); }
event zeek_init() &priority = -1 { print "other"; }
