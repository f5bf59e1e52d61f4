global t: table[count] of set[string];
t[1] = set();
add t[1]["a"];
print t;
