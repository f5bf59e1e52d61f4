# Zeek test language.const-invalid (testing/btest/language/const-invalid.zeek)
# The Zeek test's invalid.zeek: const assignments that are errors at parse time.

const foo = 0 &redef;
redef foo = 10;

const bar = 9;

event zeek_init()
	{
	const baz = 7;
	local s = 0;

	print "nope";

	foo = 100;
	foo = bar;
	foo = bar = baz;
	foo = s;
	++foo;
	s = foo = bar;

	if ( foo = 0 )
		print "nope";

	bar = 1 + 1;
	baz = s;
	++bar;
	--baz;

	print "foo", foo;
	print "bar", bar;
	print "baz", baz;
	print "foo=foo", foo = foo;
	}
