local t = table([1] = "x", [2] = "y");
print t[2], |t|, type_name(t);
local s = set("a", "b");
print "a" in s, type_name(s);
