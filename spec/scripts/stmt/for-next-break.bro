for ( i in vector(10, 20, 30, 40) )
	{
	if ( i == 1 ) next;
	if ( i == 3 ) break;
	print i;
	}
