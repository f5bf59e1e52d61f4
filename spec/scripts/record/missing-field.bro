type R: record { a: count &optional; };
event zeek_init() { local r = R(); print "before"; print r$a; print "after"; }
event zeek_init() &priority = -1 { print "next body"; }
