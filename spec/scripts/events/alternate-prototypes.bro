##! Alternate event and hook prototypes (Zeek >= 4.1): each handler receives the canonical arguments its prototype names.
global e: event(a: count, b: string, c: bool);
global e: event(a: count, b: string);
global e: event(c: bool, a: count);
global e: event();
global e: event(a: count, b: string, c: bool);	# the canonical prototype again: accepted, no new alternate

global h: hook(n: count, s: string);
global h: hook(s: string);

event e(a: count, b: string, c: bool) { print "canonical", a, b, c; }
event e(x: count, y: string, z: bool) { print "canonical renamed", x, y, z; }
event e(a: count, b: string) { print "alternate a b", a, b; }
event e(c: bool, a: count) &priority=5 { print "alternate c a (priority 5)", c, a; }
event e() { print "alternate without parameters"; }

hook h(s: string) { print "hook alternate", s; }
hook h(n: count, s: string) { print "hook canonical", n, s; }

event zeek_init()
	{
	event e(7, "seven", T);
	print hook h(3, "three");
	}
