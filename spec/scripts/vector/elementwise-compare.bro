# Zeek test language.vector: &&, || and comparisons of two vectors work element by element and give a vector of
# bool; ++/-- on a vector of count or int steps every element; all_set/any_set fold a vector of bool.
local v12 = vector(T, F, T);
local v13 = vector(F, F, T);
print v12 && v13, v12 || v13;
local v = vector(1, 2, 3);
local w = vector(1.0, 2.5, 3.0);
print v == vector(1, 5, 3), v != vector(1, 5, 3), v < vector(2, 2, 2), v >= w;
print vector("a", "b") == vector("a", "c");
++v;
print v;
--v;
--v;
print v;
local i = vector(-1, 0, 1);
--i;
print i;
print all_set(v == vector(0, 1, 2)), all_set(vector(T, F)), any_set(vector(F, T)), any_set(vector(F, F));
local e: vector of bool;
print all_set(e), any_set(e);
# A vector of bool as the condition of ?: picks element by element (Zeek test language.conditional-expression).
local tvc = vector(T, F, T);
local tvr = tvc ? vector(1, 2, 3) : vector(4, 5, 6);
print tvr, type_name(tvr);
