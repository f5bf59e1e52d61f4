# Zeek test language.at-load (testing/btest/language/at-load.zeek); its secondtestfile is _at-load-secondtestfile.bro
# In this script, we try to access each object defined in a "@load"ed script

@load _at-load-secondtestfile

event zeek_init()
{
	test_case( "function", T );
	test_case( "global variable", num == 123 );
	test_case( "const", daysperyear == 365 );
	event testevent( "foo" );
}
