local v: vector of string;
v[0] = "Hello";
v[4] = "World";
print v, |v|;
print |80/tcp|, |-10|, |192.168.0.0/24|, |5 - 9|;
