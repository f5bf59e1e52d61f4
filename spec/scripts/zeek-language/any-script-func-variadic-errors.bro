# Zeek test language.any-script-func-variadic-errors (testing/btest/language/any-script-func-variadic-errors.zeek)
function f(x: any)
	{
	local l = "a local";
	print fmt("l=%s x=%s", l, x);
	}

event zeek_init() &priority=10
	{
	print "zeek_init() &priority=10";
	f(1);
	f(1, 2);
	# Not reached
	print "FAIL";
	f(1);
	}

event zeek_init() &priority=-10
	{
	print "zeek_init() &priority=-10";
	f(1);
	f(1);
	}
