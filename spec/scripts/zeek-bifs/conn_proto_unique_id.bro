# @args: -r traces/udp-echo.pcap
# get_conn_transport_proto (from the id's ports, also in connection_state_remove) and the shape of unique_id/unique_id_from (Zeek's values come from its seeded generator; bifs.unique_id is not comparable)
event connection_state_remove(c: connection)
	{
	print get_conn_transport_proto(c$id);
	}

event zeek_init()
	{
	local a = unique_id("F");
	local b = unique_id_from(5, "X");
	print /^F[0-9a-zA-Z]{1,11}$/ in a, /^X[0-9a-zA-Z]{1,11}$/ in b, a != unique_id("F");
	}
