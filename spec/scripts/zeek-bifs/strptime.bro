# Zeek test bifs.strptime (testing/btest/bifs/strptime.zeek)
event bro_init()
	{
	print strptime("%Y-%m-%d", "2012-10-19");
	print strptime("%m", "1980-10-24");
	}
