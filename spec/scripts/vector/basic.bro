local v = vector(1, 2, 3);
print v, |v|, v[0], v[-1];
v += 4;
v[5] = 6;
print v, |v|;
print 4 in v, 3 in v, 9 in v;
