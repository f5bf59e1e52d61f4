function fill(s: set[count]) { add s[1]; }
local s: set[count];
fill(s);
print |s|;
