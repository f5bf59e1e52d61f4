print fmt("*%-10s*", "test");
print fmt("*%10s*", T);
print fmt("*%010d*", 128);
print fmt("*%-10d*", -128);
print fmt("*%10x*", 160);
