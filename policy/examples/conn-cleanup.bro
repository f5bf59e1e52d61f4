##! Workshop example: per-connection state with two owners. Entries are removed
##! when Bro removes the connection (connection_state_remove), and a cleanup
##! event that reschedules itself every 10 minutes drops anything older than an
##! hour that was missed (for example, state created for traffic Bro never
##! tracks to the end). Run: rxbro run policy/examples/conn-cleanup.bro -r <trace>

global conn_start: table[conn_id] of time;
global cleanups = 0;

event cleanup()
	{
	++cleanups;
	local removed = 0;
	for ( id in conn_start )
		if ( network_time() - conn_start[id] > 1 hr )
			{
			delete conn_start[id];
			++removed;
			}
	if ( removed > 0 )
		print fmt("%.6f cleanup removed %d stale entries", network_time(), removed);
	if ( ! bro_is_terminating() )
		schedule 10 mins { cleanup() };
	}

event bro_init()
	{
	schedule 10 mins { cleanup() };
	}

event new_connection(c: connection)
	{
	conn_start[c$id] = network_time();
	}

event connection_state_remove(c: connection)
	{
	delete conn_start[c$id];
	}

event bro_done()
	{
	print fmt("%d entries left, cleanup ran %d time(s)", |conn_start|, cleanups);
	}
