# Element-wise arithmetic between two vectors of equal length (§2.11).
local a = vector(1, 2, 3);
local b = vector(10, 20, 30);
print a + b, b - a, a * b, b / a, b % vector(3, 3, 7);
print vector(1.5, 2.5) + vector(1, 2);
