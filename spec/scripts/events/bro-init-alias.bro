event bro_init() { print "bro_init"; }
event zeek_init() &priority = 1 { print "zeek_init"; }
event bro_done() { print "bro_done"; }
