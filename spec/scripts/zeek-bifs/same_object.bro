# Zeek test bifs.same_object (testing/btest/bifs/same_object.zeek)
event zeek_init()
	{
	local a = "This is a test";
	local b: string;
	local c = "This is a test";
	b = a;
	print same_object(a, b);

	local d = vector(1, 2, 3);
	print same_object(a, d);
	}
