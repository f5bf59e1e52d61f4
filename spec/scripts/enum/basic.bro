type Color: enum { Red, Green, Blue, };
local c = Green;
print c, c == Green, c != Red, |Blue|, enum_to_int(Blue);
print type_name(c);
