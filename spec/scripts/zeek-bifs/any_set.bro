# Zeek test bifs.any_set (testing/btest/bifs/any_set.zeek)
event zeek_init()
	{
	local a = vector( F, T, F );
	print any_set(a);

	local b: vector of bool = vector();
	print any_set(b);

	local c = vector( F );
	print any_set(c);
	}
