local v: vector of count = vector();
print |v|, v;
