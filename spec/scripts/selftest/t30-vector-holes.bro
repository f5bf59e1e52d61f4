local v: vector of string;
v[1] = "foo";
v[2] = "bar";
v[4] = "baz";
print v;
for ( i in v )
    print i;
