local c = 0xffffffffffffffff;
c += 1;
print c;
local d = 0;
--d;
print d;
