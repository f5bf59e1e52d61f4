local t: table[count] of count = { [1] = 5 } &default = 0;
t[2] += 1;
print t[1], t[2], t[3];
