global h: hook(s: string);
hook h(s: string) &priority = 5 { print "high", s; }
hook h(s: string) { print "low", s; }
print hook h("x");
