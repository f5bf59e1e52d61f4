type K: record { a: count; b: string; };
global t: table[K] of count;
t[K($a = 1, $b = "x")] = 5;
print t[K($a = 1, $b = "x")], K($a = 2, $b = "x") in t;
