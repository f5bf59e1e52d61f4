local s = set(1, 2);
print 3 !in s, 1 !in s;
