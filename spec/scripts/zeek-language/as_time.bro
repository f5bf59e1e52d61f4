# Zeek test language.as_time (testing/btest/language/as_time.zeek)
event zeek_init()
	{
	local a = 1234563.14;
	print a as time;
	local b = -1234563.14;
	print b as time;
	local c = 1.2.3.4;
	print c ?as time;
	}
