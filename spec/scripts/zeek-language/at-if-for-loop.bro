# Zeek test language.at-if-for-loop (testing/btest/language/at-if-for-loop.zeek)
event zeek_init()
	{
	local v = vector(1, 2, 3);
	for ( i in v )
@if ( T )
		print "yes";
@endif
	}
