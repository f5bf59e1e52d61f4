# Zeek test bifs.to_time (testing/btest/bifs/to_time.zeek)
event zeek_init()
	{
	local a = 1234563.14;
	print double_to_time(a);
	local b = -1234563.14;
	print double_to_time(b);
	}
