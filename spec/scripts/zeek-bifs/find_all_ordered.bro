# Zeek test bifs.find_all_ordered (testing/btest/bifs/find_all_ordered.zeek); the weird.log part is not run
event zeek_init()
	{
	local v = vector("this is a test",
	                 "one two three four one two three four",
	                 "this is a test test test",
	                 "1 2 3 4",
	                 "a b",
	                 "foo",
	                 "1bar2foo3",
	                 ""
	                 );
	local pat = /[a-z]+/;

	for ( i in v )
		print find_all_ordered(v[i], pat);

	# Test input string length limiting.
	local b = find_all_ordered(v[0], pat, 5);
	print b;
	}
