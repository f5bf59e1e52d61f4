event zeek_init() { print "zeek_init"; }
print "first";
print "last";
