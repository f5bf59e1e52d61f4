# Zeek test language.deprecate-global (testing/btest/language/deprecate-global.zeek)
module GLOBAL;

function test_function() { }

global X = 42;


module MyModule;

global X = fmt("shadows ::X (%s)", ::X);

event zeek_init()
	{
	test_function();
	::test_function();
	GLOBAL::test_function();

	print "X", X;
	print "::X", ::X;
	print "GLOBAL::X", GLOBAL::X;
	}
