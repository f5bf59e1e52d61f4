# Zeek test language.any-when (testing/btest/language/any-when.zeek)
type c: count;
function foo(): count
	{
	local bar: any;
	bar = c;
	return when ( 5 > 3 )
		{
		return 9;
		}
	}

event zeek_init()
	{
	when ( local b = foo() )
		print b;
	}
