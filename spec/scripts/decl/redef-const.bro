const c = 1 &redef;
redef c = 2;
print c;
option o = 5;
redef o = 6;
print o;
