# Zeek test bifs.str_shell_escape (testing/btest/bifs/str_shell_escape.zeek)
event zeek_init()
	{
	local a = "echo ${TEST} > \"my file\"";

	print |a|;
	print a;

	local b = str_shell_escape(a);
	print |b|;
	print b;
	}
