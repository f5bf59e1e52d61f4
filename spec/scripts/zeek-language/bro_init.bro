# Zeek test language.bro_init (testing/btest/language/bro_init.zeek)
event bro_init()
	{
	print "ran bro_init()";
	}

event bro_done()
	{
	print "ran bro_done()";
	}
