function f(p: string)
	{
	switch ( p ) {
	case "tcp", "udp":
		print "transport";
		fallthrough;
	case "icmp":
		print "ip-level";
		break;
	default:
		print "other";
		break;
	}
	}
f("tcp");
f("icmp");
f("x");
