event zeek_init() &priority = -10 { print "low"; }
event zeek_init() &priority = 10  { print "high"; }
event zeek_init()                 { print "zero"; }
