# Zeek test bifs.safe_shell_quote (testing/btest/bifs/safe_shell_quote.zeek)
event bro_init()
	{
	local a = "echo `pwd` ${TEST} > \"my file\"; echo -e \"\\n\"";
	print a;

	local b = safe_shell_quote(a);
	print b;
	}
