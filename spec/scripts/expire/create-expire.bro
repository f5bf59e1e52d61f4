# Virtual time fast-forwards from timer to timer (exit_only_after_terminate, §5.7), sweeping every second.
redef exit_only_after_terminate = T;
redef table_expire_interval = 1 sec;
global t: table[string] of count &create_expire = 3 secs;

event tick(n: count)
	{
	print n, "a" in t;
	if ( n < 6 )
		schedule 1 sec { tick(n + 1) };
	else
		terminate();
	}

event zeek_init()
	{
	t["a"] = 1;
	schedule 1 sec { tick(1) };
	}
