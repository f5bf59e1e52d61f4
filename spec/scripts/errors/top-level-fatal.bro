local t: table[count] of count;
print "before";
print t[1];
print "after";
