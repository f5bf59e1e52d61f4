local t: table[count] of count = { [1] = 1, [2] = 2, [3] = 3 };
for ( k in t )
	{
	delete t[3];
	print k;
	}
