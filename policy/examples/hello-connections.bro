##! The README's demo: print each connection as it is established and a summary when it ends.
##! Run: npx rxbro run policy/examples/hello-connections.bro -r traces/http-local.pcap

event bro_init()
	{
	print "rxbro: watching connections";
	}

event connection_established(c: connection)
	{
	print fmt("%.6f established %s:%s -> %s:%s", network_time(), c$id$orig_h, c$id$orig_p, c$id$resp_h, c$id$resp_p);
	}

event connection_state_remove(c: connection)
	{
	print fmt("%.6f removed uid=%s history=%s duration=%s orig=%d resp=%d bytes",
	          network_time(), c$uid, c$history, c$duration, c$orig$size, c$resp$size);
	}
