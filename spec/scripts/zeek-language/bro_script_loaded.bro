# Zeek test language.bro_script_loaded (testing/btest/language/bro_script_loaded.zeek)
event bro_script_loaded(path: string, level: count) &priority=5
	{
	if ( /bro_script_loaded.zeek/ in path )
		print "bro_script_loaded priority 5";
	}
