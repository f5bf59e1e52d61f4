switch ( 5 ) { case 1: print "one"; break; }
print "after";
