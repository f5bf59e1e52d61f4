# Zeek test bifs.lowerupper (testing/btest/bifs/lowerupper.zeek)
event bro_init()
	{
	local a = "this is a Test";

	print to_lower(a);
	print to_upper(a);
	}
