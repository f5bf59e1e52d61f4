# Zeek test bifs.strcmp (testing/btest/bifs/strcmp.zeek)
event bro_init()
	{
	local a = "this";
	local b = "testing";

	print strcmp(a, b) > 0;
	print strcmp(b, a) < 0;
	print strcmp(a, a) == 0;
	}
