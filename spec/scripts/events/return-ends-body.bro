event e() { print "a"; return; print "b"; }
event e() { print "c"; }
event zeek_init() { event e(); }
