# Zeek test bifs.bare_mode (testing/btest/bifs/bare_mode.zeek), its -b run
event zeek_init()
	{
	print bare_mode();
	}
