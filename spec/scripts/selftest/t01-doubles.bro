print 5.0;
print 0.0000005;
print 0.000005;
print 0.0000000000001;
print 0.1;
