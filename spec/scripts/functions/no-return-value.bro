# A non-void function that ends without returning a value (Zeek's ScriptFunc::Invoke warns
# "non-void function returning without a value"): a call used as a statement only warns; a
# call whose value is used is "value used but not set" and its statement is abandoned.
function f(x: count): string
	{
	if ( x > 1 )
		return "big";
	}

event zeek_init()
	{
	f(0);
	print "after the discarded call";
	print f(5);
	print f(1);
	print "not reached";
	}

event zeek_done()
	{
	print "done";
	}
