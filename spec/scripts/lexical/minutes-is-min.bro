global utes = 1;
print 5 minutes;
