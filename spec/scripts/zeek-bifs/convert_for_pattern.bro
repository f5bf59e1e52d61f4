# Zeek test bifs.convert_for_pattern (testing/btest/bifs/convert_for_pattern.zeek)
event zeek_init()
	{
	print convert_for_pattern("foo");
	print convert_for_pattern("");
	print convert_for_pattern("b[a-z]+");
	}
