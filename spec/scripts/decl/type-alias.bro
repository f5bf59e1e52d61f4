type MyCount: count;
type Names: set[string];
local n: Names = set("a");
local c: MyCount = 5;
print c, |n|;
