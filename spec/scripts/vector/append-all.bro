local v: vector of string = { "a" };
local w = vector("b", "c");
v += w;
print v;
