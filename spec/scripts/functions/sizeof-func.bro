function f(a: count, b: count): count { return a; }
print |f|;
