print to_port("123/udp");
print to_port("123");
print count_to_port(256, icmp);
