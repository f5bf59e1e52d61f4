const c = 1 &redef;
redef c = 2;
option o = 5;
redef o = 6;
print c;
print o;
