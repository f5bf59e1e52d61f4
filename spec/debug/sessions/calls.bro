function sq(x: count): count
	{
	local y = x * x;
	return y;
	}

event bro_init()
	{
	local a = 3;
	local b = sq(a);
	print b;
	}

event bro_init()
	{
	print "second";
	}
