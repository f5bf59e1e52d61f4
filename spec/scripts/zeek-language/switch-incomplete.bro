# Zeek test language.switch-incomplete (testing/btest/language/switch-incomplete.zeek)
event zeek_init()
	{
	switch ( 1 ) {
	case 1:
		print 1;
		# error: neither break/fallthrough/return here.
	}
	}

