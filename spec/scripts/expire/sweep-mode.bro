# @args: -r ../shared/traces/zeek/wikipedia.pcap
# The same script in Zeek's default mode: sweeps run every table_expire_interval (10 s); the first one
# fires at the first packet (armed at network time 0, before the entry exists), the next would be 10 s
# later, after the 6.4-second trace ends, and nothing expires at termination (§7.7).


function gone(t: table[string] of count, k: string): interval
	{
	print fmt("%.6f %s expired", network_time(), k);
	return 0 secs;
	}

global t: table[string] of count &create_expire = 1 sec &expire_func = gone;
global seen = F;

event new_connection(c: connection)
	{
	if ( seen )
		return;
	seen = T;
	t["a"] = 1;
	print fmt("%.6f a written", network_time());
	}

event zeek_done()
	{
	print fmt("%d left", |t|);
	}
