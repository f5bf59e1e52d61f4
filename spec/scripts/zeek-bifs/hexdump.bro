# Zeek test bifs.hexdump (testing/btest/bifs/hexdump.zeek)
event zeek_init()
	{
	local a = "abc\xffdefghijklmnopqrstuvwxyz";

	print hexdump(a);
	}
