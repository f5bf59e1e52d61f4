# An empty set()/table()/vector() as one branch of ?: takes the other branch's type (Zeek test
# language.conditional-expression).
local s: set[string] = { "one", "two", "three" };
local sT = T ? set() : s;
local sF = F ? s : set();
print |sT|, type_name(sT);
print |sF|, type_name(sF);
add sT["x"];
print sT;
local t: table[count] of string = { [1] = "one", [2] = "two", [3] = "three" };
local tT = T ? table() : t;
print |tT|, type_name(tT);
tT[5] = "five";
print tT;
local v: vector of string = { "one", "two", "three" };
local vT = T ? vector() : v;
print |vT|, type_name(vT);
vT += "a";
print vT;
