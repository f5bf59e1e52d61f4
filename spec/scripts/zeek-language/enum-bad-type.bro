# Zeek test language.enum-bad-type (testing/btest/language/enum-bad-type.zeek)
type color: enum { Red, White, Blue, };
type city: enum { Rome, Paris};

global e1 = Red;
global e2 = Rome;

event zeek_init()
	{
	print e1 == e2;
	}
