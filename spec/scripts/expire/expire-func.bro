redef exit_only_after_terminate = T;
redef table_expire_interval = 1 sec;

function give_more(t: table[string] of count, k: string): interval
	{
	print "expiring", k;
	if ( t[k] == 0 )
		{
		t[k] = 1;
		return 3 secs;
		}
	return 0 secs;
	}

global tries: table[string] of count &create_expire = 2 secs &expire_func = give_more;

event tick(n: count)
	{
	print n, |tries|;
	if ( n < 8 )
		schedule 1 sec { tick(n + 1) };
	else
		terminate();
	}

event zeek_init()
	{
	tries["x"] = 0;
	schedule 1 sec { tick(1) };
	}
