# Zeek test bifs.bytestring_to_hexstr (testing/btest/bifs/bytestring_to_hexstr.zeek)
event bro_init()
	{
	print bytestring_to_hexstr("04");
	print bytestring_to_hexstr("");
	print bytestring_to_hexstr("\0");
	}
