# @args: -r ../shared/traces/zeek/icmp-destunreach-udp.pcap
# Zeek's core.icmp.icmp-events baseline (first block), with its handler's exact print statements.
event icmp_unreachable(c: connection, info: icmp_info, code: count, context: icmp_context)
	{
	print "icmp_unreachable (code=" + fmt("%d", code) + ")";
	print "  conn_id: " + fmt("%s", c$id);
	print "  icmp_info: " + fmt("%s", info);
	print "  icmp_context: " + fmt("%s", context);
	}
