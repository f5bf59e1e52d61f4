local a = set(1, 2, 3);
local b = set(2, 3, 4);
print |(a | b)|, |a & b|, |a - b|, 1 in (a - b);
print set(2, 3) < a, a <= a, a < a, a == set(3, 2, 1);
