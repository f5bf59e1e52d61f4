# @args: -r ../shared/traces/zeek-btest/icmp/icmp-destunreach-udp.pcap
# Zeek test bifs.icmp_connection_exists (testing/btest/bifs/icmp_connection_exists.zeek), its icmp-destunreach-udp run (the other two traces are not here)
event new_connection(c: connection)
	{
	assert connection_exists(c$id), fmt("%s does not exist (pcap %s)", c$id, split_string(packet_source()$path, /\//)[-1]);
	}
