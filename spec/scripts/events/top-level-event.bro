event e() { print "e"; }
event zeek_init() { print "init"; }
event e();
print "top";
