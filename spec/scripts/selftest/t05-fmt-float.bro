print fmt("*%10.2f*", 3.14159265);
print fmt("%e", 310.0);
print fmt("%g", 310.0);
print fmt("%.3f", 310.0);
