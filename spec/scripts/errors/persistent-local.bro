event zeek_init()
	{
	local n: count = 0 &persistent;
	print n;
	}
