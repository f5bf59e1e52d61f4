# Zeek test language.delete-containers (testing/btest/language/delete-containers.zeek)
global t: table[count] of count &read_expire=1sec;
global s: set[count];
global v = vector(1,2,3);

t[42] = 4711;
add s[42];

print "t", t;
print "s", s;
print "v", v;

delete t;
delete s;
delete v;

print "t", t;
print "s", s;
print "v", v;
