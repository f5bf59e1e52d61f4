# Zeek test language.vector-hole-loop (testing/btest/language/vector-hole-loop.zeek)
event zeek_init()
	{
	local v: vector of string;

	v[1] = "foo";
	v[2] = "bar";
	v[4] = "baz";

	print v;

	for ( idx in v )
		print idx;

	for ( idx in v )
		print v[idx];
	}

