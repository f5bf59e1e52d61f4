local p = /foo/ | /bar/;
print p, p == "bar";
local q = /foo/ & /bar/;
print q == "foobar";
print /bar/i | /bez/ == "bEz";
