global hits: table[addr] of count &default = 0;
hits[1.2.3.4] += 1;
hits[1.2.3.4] += 1;
print hits[1.2.3.4], hits[5.6.7.8], 5.6.7.8 in hits;
