# Zeek test bifs.bro_version (testing/btest/bifs/bro_version.zeek); plus a print of zeek_version() == bro_version()
event zeek_init()
	{
	local a = bro_version();
	if ( |a| == 0 )
		exit(1);
	print zeek_version() == a;
	}
