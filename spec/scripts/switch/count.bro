for ( i in vector(0, 0, 0) )
	switch i {
	case 0: print "zero"; break;
	case 1: print "one"; break;
	case 2: print "two"; return;
	}
