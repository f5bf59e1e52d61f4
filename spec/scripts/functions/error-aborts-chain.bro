function f(): count { local t: table[count] of count; return t[1]; }
event zeek_init() { print "a"; print f(); print "b"; }
event zeek_init() &priority = -1 { print "c"; }
