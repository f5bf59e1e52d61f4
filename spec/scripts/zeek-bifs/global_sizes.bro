# Zeek test bifs.global_sizes (testing/btest/bifs/global_sizes.zeek); zeek_init for the stored test's bro_init
event zeek_init()
	{
	local a = global_sizes();
	for ( i in a )
		{
		# the table is quite large, so just look for one item we expect
		if ( i == "zeek_init" )
			print "found zeek_init";

		}

	}
