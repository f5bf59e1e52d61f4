print 80/tcp < 53/udp, 0/unknown < 1/tcp, port_to_count(123/tcp), 22/tcp == 22/tcp;
