print "hello", 1 + 2, 5.0, 3 secs;
