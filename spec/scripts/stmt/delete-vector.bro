local v = vector(1, 2);
delete v;
print |v|;
