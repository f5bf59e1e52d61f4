# Zeek test language.as_port (testing/btest/language/as_port.zeek)
event zeek_init()
	{
	print "123/tcp" as port;
	print "123/udp" as port;
	print "123/icmp" as port;
	print "0/tcp" as port;
	print "0/udp" as port;
	print "0/icmp" as port;
	print "not a port" ?as port;
	print "" ?as port;
	print "123" ?as port;
	print "123/" ?as port;
	}
