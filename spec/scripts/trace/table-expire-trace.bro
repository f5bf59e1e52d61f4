# @args: -C -r ../shared/traces/zeek/icmp-5-pings.pcap
# Expiry in trace mode: sweeps every 1 s of network time; an entry created at the first packet with a
# 1 s create_expire is gone once a sweep runs more than 1 s (quantised) later (§7.3).
redef table_expire_interval = 1 sec;
global t: set[string] &create_expire = 1 sec;
event network_time_init() { add t["x"]; }
event new_packet(c: connection, p: pkt_hdr) { }
event zeek_done() { print "at end", |t|; }
