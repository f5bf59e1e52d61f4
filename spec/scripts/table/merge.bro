global s: set[count] = { 1, 2 } &redef;
redef s += { 3 };
print |s|;
local t = set(4);
s += t;
print |s|, 4 in s;
s -= t;
print 4 in s;
