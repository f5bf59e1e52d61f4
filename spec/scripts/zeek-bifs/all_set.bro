# Zeek test bifs.all_set (testing/btest/bifs/all_set.zeek)
event zeek_init()
	{
	local a = vector( T, F, T );
	print all_set(a);

	local b: vector of bool = vector();
	print all_set(b);

	local c = vector( T );
	print all_set(c);
	}
