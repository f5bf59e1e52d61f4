local v = vector(1, 2, 3, 4, 5);
print v[1:3], v[:2], v[3:];
