# Zeek test bifs.strstr (testing/btest/bifs/strstr.zeek)
event bro_init()
	{
	local a = "this is a test";
	local b = "his";
	local c = "are";

	print strstr(a, b);
	print strstr(a, c);
	}
