local a = "abc";
local b = a + "def";
print b, |b|, "abc" < "abd", "b" > "abc", "x" == "x";
b += "!";
print b;
