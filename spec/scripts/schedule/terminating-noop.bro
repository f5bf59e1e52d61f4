event f() { print "never"; }
event e() { print "e", zeek_is_terminating(); schedule 1 sec { f() }; }
event zeek_init() { schedule 1 sec { e() }; }
event zeek_done() { print "done"; }
