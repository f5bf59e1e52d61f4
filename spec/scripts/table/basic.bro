global t: table[string] of count;
t["a"] = 1;
t["b"] = 2;
print t["a"], "a" in t, "c" in t, |t|;
delete t["a"];
print "a" in t, |t|;
