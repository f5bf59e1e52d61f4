# A function, hook or lambda printed (or formatted with %s) shows its name; Zeek prints the whole body,
# which language.md §4.1 leaves unspecified (docs/deviations.md).
function add1(x: count): count { return x + 1; }
global h: hook();
global on_change: event(n: count);
event zeek_init()
	{
	print add1;
	print fmt("%s", add1);
	local g = function(a: string): string { return a; };
	print g;
	print h;
	print on_change;
	local v: vector of function(x: count): count = vector(add1);
	print v;
	}
