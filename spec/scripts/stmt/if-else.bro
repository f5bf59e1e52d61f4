local x = 5;
if ( x > 3 )
	print "big";
else
	print "small";
if ( x < 3 ) print "no";
