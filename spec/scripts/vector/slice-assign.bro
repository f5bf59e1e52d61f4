# v[i:j] = w replaces the slice in place (Zeek's slice assignment, as language.vector's newer version uses it)
event zeek_init()
{
	local v17 = vector( 1, 2, 3, 4, 5 );
	v17[0:1] = vector(6);
	print v17;
	v17[2:4] = vector(7, 8);
	print v17;
	v17[2:4] = vector(9, 10, 11);
	print v17;
	v17[2:5] = vector(9);
	print v17;
	local s = "abc";
}
