redef exit_only_after_terminate = T;
redef table_expire_interval = 1 sec;
global t: set[string] &read_expire = 3 secs;

event tick(n: count)
	{
	# Membership tests refresh the access time; |t| does not (§7.2).
	if ( n <= 2 )
		print n, "a" in t;
	else
		print n, |t|;
	if ( n < 6 )
		schedule 1 sec { tick(n + 1) };
	else
		terminate();
	}

event zeek_init()
	{
	add t["a"];
	schedule 1 sec { tick(1) };
	}
