##! Counts connections by their conn.log state and prints the counts at the end.
##! Run: rxbro run policy/examples/conn-states.bro -r traces/<trace>.pcap

@load conn

global states: table[string] of count &default = 0;

event connection_state_remove(c: connection)
	{
	++states[Conn::conn_state(c, get_port_transport_proto(c$id$orig_p))];
	}

event bro_done()
	{
	for ( s in states )
		print fmt("%s %d", s, states[s]);
	}
