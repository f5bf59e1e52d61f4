# Zeek test bifs.current_time (testing/btest/bifs/current_time.zeek)
event zeek_init()
	{
	local a = current_time();
	if ( a <= double_to_time(0) )
		exit(1);
	}
