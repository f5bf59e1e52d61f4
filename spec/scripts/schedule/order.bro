event e(s: string) { print s, network_time() == 1234567890.0; }
event zeek_init()
	{
	schedule 3 secs { e("three") };
	schedule 1 sec { e("one") };
	schedule 0 secs { e("zero") };
	}
