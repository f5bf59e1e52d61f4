print "a", 1, T, 1.5, 2 secs, 1.2.3.4, 80/tcp, set(1);
