local v = vector("a", "b");
for ( i, x in v )
	print i, x;
