event zeek_init() { print to_count("x"); print "continues"; }
