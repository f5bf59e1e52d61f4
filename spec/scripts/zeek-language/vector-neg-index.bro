# Zeek test language.vector-neg-index (testing/btest/language/vector-neg-index.zeek)
event zeek_init()
{
	local v = vector( 1, 2, 3, 4, 5 );
	print v[-1], v[-3], v[-5], v[-7];
}
