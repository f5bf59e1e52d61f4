# Zeek test bifs.exit (testing/btest/bifs/exit.zeek)
event zeek_init()
	{
	print "hello";
	exit(7);
	}
