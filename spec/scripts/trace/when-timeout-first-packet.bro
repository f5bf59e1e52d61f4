# @args: -C -r ../shared/traces/zeek/icmp-5-pings.pcap
# A when created at network time 0 counts its timeout from the first packet (§8.6): 2 secs after
# 1607454603.986596 is reached by the packet at 1607454606.0..., not at the first packet.
global never = F;
event zeek_init()
	{
	when ( never ) { print "never"; }
	timeout 2 secs { print "timeout", network_time() > double_to_time(1607454605.986596); }
	}
