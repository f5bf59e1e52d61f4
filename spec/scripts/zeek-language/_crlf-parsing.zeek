event zeek_init()
	{
	print "zeek_init";
	}
