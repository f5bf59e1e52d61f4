# Zeek test bifs.is_ascii (testing/btest/bifs/is_ascii.zeek)
event zeek_init()
	{
	local a = "this is a test\xfe";
	local b = "this is a test\x7f";

	print is_ascii(a);
	print is_ascii(b);
	}
