function f(x: any)
	{
	switch ( x ) {
	case type count as c:
		print "count", c + 1;
		break;
	case type string as s:
		print "string", s;
		break;
	default:
		print "other";
		break;
	}
	}
f(1);
f("a");
f(1.5);
