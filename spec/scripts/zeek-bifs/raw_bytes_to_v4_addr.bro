# Zeek test bifs.raw_bytes_to_v4_addr (testing/btest/bifs/raw_bytes_to_v4_addr.zeek)
event bro_init()
	{
	print raw_bytes_to_v4_addr("ABCD");
	print raw_bytes_to_v4_addr("ABC");
	}
