print 8.5 days;
print 6.5 mins;
print 4.5 msecs;
print 0sec;
print 2 days + 2 secs;
