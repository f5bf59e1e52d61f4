global pairs: table[addr, port] of string;
pairs[1.2.3.4, 80/tcp] = "web";
print pairs[1.2.3.4, 80/tcp], [1.2.3.4, 80/tcp] in pairs, [1.2.3.4, 81/tcp] in pairs;
for ( [a, p], v in pairs )
	print a, p, v;
