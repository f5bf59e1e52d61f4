local d = 0.12345678912345 usecs;
print d;
print -d;
print 1.001 usec * 1000;
