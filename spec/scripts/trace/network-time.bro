# @args: -C -r ../shared/traces/zeek/icmp-5-pings.pcap
# T29 (§5.5): network_time() is 0.0 in zeek_init while reading a trace; network_time_init and a
# one-minute timer armed at time 0 both fire at the first packet (§5.4, §6.3), before its events.
event zeek_init() { print network_time(); }
event network_time_init() { print "network_time_init", network_time(); }
event e(s: string) { print s, network_time(); }
event zeek_init() { schedule 1 min { e("1 min from zeek_init") }; }
event new_connection(c: connection) { print "new_connection", c$id; }
event net_done(t: time) { print "net_done", t; }
event zeek_done() { print "zeek_done", network_time(); }
