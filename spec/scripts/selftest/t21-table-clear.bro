local t: table[count] of count = { [42] = 4711 };
print "t", t;
delete t;
print "t", t;
