local a = 5;
local b = -5;
local c = 5.0;
local d = "s";
print type_name(a), type_name(b), type_name(c), type_name(d);
