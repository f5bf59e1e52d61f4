##! Workshop example: per-host state that releases itself. Each originator's
##! connection count lives in a table whose entries expire 5 minutes after they
##! were last read or written (&read_expire), and &expire_func reports each host
##! as it leaves. Run: rxbro run policy/examples/host-activity.bro -r <trace>

function host_expired(t: table[addr] of count, a: addr): interval
	{
	print fmt("%.6f %s expired after %d connection(s)", network_time(), a, t[a]);
	return 0 secs;
	}

global hosts: table[addr] of count &default = 0 &read_expire = 5 mins &expire_func = host_expired;

event new_connection(c: connection)
	{
	++hosts[c$id$orig_h];
	}

event bro_done()
	{
	print fmt("%d host(s) still tracked at the end", |hosts|);
	}
