print 80/tcp, 53/udp, 8/icmp, 0/unknown;
