local c: count = 0;
local d = 5.7;
c = d;
print c;
