# Zeek test bifs.sub (testing/btest/bifs/sub.zeek)
event zeek_init()
	{
	local a = "this is a test";
	local pat = /is|ss/;

	print sub(a, pat, "at");
	print gsub(a, pat, "at");
	}
