# @args: -C -r ../shared/traces/zeek/icmp-5-pings.pcap
# A timer still pending at the end of the trace fires during the termination flush, seeing the last
# packet's time; schedules made while terminating are ignored (§5.7, §6.4).
event late() { print "late", network_time(), zeek_is_terminating(); schedule 1 sec { late() }; }
event network_time_init() { schedule 1 hr { late() }; }
event zeek_done() { print "zeek_done"; }
