# Zeek test bifs.to_interval (testing/btest/bifs/to_interval.zeek)
event zeek_init()
	{
	local a = 1234563.14;
	print double_to_interval(a);
	local b = -1234563.14;
	print double_to_interval(b);
	}
