local p = /foo/;
p += /bar/;
print p;
