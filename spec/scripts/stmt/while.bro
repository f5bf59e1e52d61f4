local i = 0;
while ( i < 5 )
	{
	++i;
	if ( i == 2 ) next;
	if ( i == 4 ) break;
	print i;
	}
