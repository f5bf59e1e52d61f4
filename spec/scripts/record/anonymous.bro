local r = [$x = 1, $y = "two"];
print r, r$y;
print type_name(r);
