local a = 10;
local b = 2;
print a / b, /x/ in "axb";
