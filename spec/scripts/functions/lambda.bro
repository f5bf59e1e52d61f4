local adder = function(a: count, b: count): count { return a + b; };
print adder(2, 3);
local k = 10;
local addk = function[k](a: count): count { return a + k; };
print addk(5);
