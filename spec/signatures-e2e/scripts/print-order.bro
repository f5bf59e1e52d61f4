##! Prints the events whose relative order engine.md 3.3/3.5 fixes for signature matches.
event signature_match(state: signature_state, msg: string, data: string)
	{
	print fmt("signature_match %s", msg);
	}

event icmp_echo_request(c: connection, icmp: icmp_info, id: count, seq: count, payload: string)
	{
	print fmt("icmp_echo_request %s", seq);
	}

event icmp_echo_reply(c: connection, icmp: icmp_info, id: count, seq: count, payload: string)
	{
	print fmt("icmp_echo_reply %s", seq);
	}

event connection_pending(c: connection)
	{
	print "connection_pending";
	}

event connection_state_remove(c: connection)
	{
	print "connection_state_remove";
	}
