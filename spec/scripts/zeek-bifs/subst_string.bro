# Zeek test bifs.subst_string (testing/btest/bifs/subst_string.zeek)
event bro_init()
	{
	local a = "this is another test";
	local b = "is";
	local c = "at";

	print subst_string(a, b, c);
	}
