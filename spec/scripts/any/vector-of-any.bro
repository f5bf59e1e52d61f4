local v: vector of any = vector();
v += 1;
v += "s";
for ( i in v ) print type_name(v[i]);
