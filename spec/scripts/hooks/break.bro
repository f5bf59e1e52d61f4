global h: hook(n: count);
hook h(n: count) &priority = 10 { if ( n > 1 ) break; print "first", n; }
hook h(n: count) { print "second", n; }
print hook h(1);
print hook h(2);
