local t: table[count] of string = { [1] = "one", [2] = "two" };
local n = 0;
for ( k in t )
	n += k;
print n;
for ( k, v in t )
	print k, v;
for ( _, v in t )
	print v;
