local x = 0xffffffffffffffff;
print x - 1, x / 2, x % 10;
print 9223372036854775807 + 1;
