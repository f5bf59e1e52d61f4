# Zeek test bifs.find_first (testing/btest/bifs/find_first.zeek)
event zeek_init()
	{
	local a = "this is a test";
	local pat = /hi|es/;
	local pat2 = /aa|bb/;

	local b = find_first(a, pat);
	local b2 = find_first(a, pat2);

	print b;
	print "-------------------";
	print |b2|;
	}
