# @args: -r ../shared/traces/zeek/tcp-truncated-header.pcap -C
# Bro 1.x-3.x weird handlers (no addl; conn_weird without it too) still compile and run beside today's.
event net_weird(name: string) { print "net_weird (old)", name; }
event net_weird(name: string, addl: string, source: string) { print "net_weird", name, addl, source; }
event flow_weird(name: string, src: addr, dst: addr) { print "flow_weird (old)", name, src, dst; }
event conn_weird(name: string, c: connection) { print "conn_weird (old)", name, c$id$orig_h; }
