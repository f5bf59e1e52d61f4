print 5mins, 5 min, 10 secs, 1hr, 2days, 100msec, 3usec, 1.2e2 secs;
