local i = 5;
++i;
print i;
--i;
--i;
print i;
local j = -1;
++j;
print j;
