type R: record { n: count; };
local a = R($n = 1);
local b = a;
b$n = 2;
local c = copy(a);
c$n = 3;
print a$n, b$n, c$n;
