# @args: -r ../shared/traces/zeek/wikipedia.pcap
# rxbro's opt-in exact expiry (table_expire_exact = T): the entry written with the first connection
# (1300475167.096535) is due 1 s later and leaves at the first packet after that (tshark: 1300475168.652003).
redef table_expire_exact = T;

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
