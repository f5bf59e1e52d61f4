event zeek_init() { assert 1 == 1; print "ok"; assert 1 == 2, "math"; print "not reached"; }
