global a = 1;
global b = a + 1;
const c = b * 10 &redef;
redef c = c + 1;
print a, b, c;
