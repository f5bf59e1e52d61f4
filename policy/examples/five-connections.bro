##! Workshop example: asynchronous `when`. For every new originator, wait until
##! it has made five connections, or give up after an hour of network time.
##! Run: rxbro run policy/examples/five-connections.bro -r <trace>

global cnt: table[addr] of count &default = 0;

event new_connection(c: connection)
	{
	local orig = c$id$orig_h;
	if ( ++cnt[orig] == 1 )
		when [orig] ( cnt[orig] == 5 )
			{
			print fmt("%.6f %s made its fifth connection", network_time(), orig);
			}
		timeout 1 hr
			{
			print fmt("%.6f %s made only %d connection(s) within an hour", network_time(), orig, cnt[orig]);
			}
	}
