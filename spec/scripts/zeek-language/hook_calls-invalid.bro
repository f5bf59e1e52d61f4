# Zeek test language.hook_calls-invalid (testing/btest/language/hook_calls-invalid.zeek)
# The Zeek test's invalid.zeek: hooks must be called with the "hook" operator.
hook myhook(i: count)
	{
	print "myhook()", i;
	if ( i == 0 ) break;
	}

event zeek_init()
	{
	myhook(3);
	print myhook(3);
	print myhook(0);
	hook 2+2;
	print hook 2+2;
	local h = myhook;
	h(3);
	if ( h(3) )
		print "hmm";
	print "done";
	}
