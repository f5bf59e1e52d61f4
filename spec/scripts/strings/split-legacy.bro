local t = split("a-b-c", /-/);
print t[1], t[3], |t|;
