# Zeek test bifs.merge_pattern (testing/btest/bifs/merge_pattern.zeek)
event zeek_init()
	{
	local a = /foo/;
	local b = /b[a-z]+/;
	local c = merge_pattern(a, b);

	if ( "bar" == c )
		print "match";

	if ( "foo" == c )
		print "match";

	}
