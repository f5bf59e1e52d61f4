global t: table[count] of count;
event zeek_init() { print t[5]; }
event zeek_init() &priority = -1 { print "still running"; }
