# Zeek's resize() (zeek.bif; no bifs.* btest of its own): new slots unset, returns the old size
local v = vector(1, 2, 3);
print resize(v, 5), |v|, v;
print resize(v, 2), v;
v[4] = 9;
print v;
