redef exit_only_after_terminate = T;
redef table_expire_interval = 1 sec;
global t: table[string] of count &write_expire = 2 secs;

event tick(n: count)
	{
	# Re-assigning refreshes a write_expire entry; reading does not.
	if ( n == 1 )
		t["a"] = 2;
	if ( n == 2 )
		print n, t["a"];
	print n, "a" in t;
	if ( n < 5 )
		schedule 1 sec { tick(n + 1) };
	else
		terminate();
	}

event zeek_init()
	{
	t["a"] = 1;
	schedule 1 sec { tick(1) };
	}
