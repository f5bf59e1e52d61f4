# Zeek test language.const (testing/btest/language/const.zeek)
# The Zeek test's valid.zeek (const-invalid.bro holds its invalid.zeek).

function f(c: count)
	{
	print "enter f", c;
	c = c + 100;
	print "exit f", c;
	}

const foo = 0 &redef;
redef foo = 10;

const bar = 9;

event zeek_init()
	{
	const baz = 7;
	local i = foo;
	i = i + bar + 2;
	i = i + baz + 11;
	++i;
	print i;
	--i;
	f(foo);
	f(bar);
	f(baz);
	print "foo", foo;
	print "bar", bar;
	print "baz", baz;
	}
