# Zeek test language.invalid_index (testing/btest/language/invalid_index.zeek)
global foo: vector of count = { 42 };
global foo2: table[count] of count = { [0] = 13 };

event zeek_init()
	{
	print "foo[0]", foo[0];
	print "foo[1]", foo[1];
	}

event zeek_init()
	{
	print "foo2[0]", foo2[0];
	print "foo2[1]", foo2[1];
	}

event zeek_done()
	{
	print "done";
	}
