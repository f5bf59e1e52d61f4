# &on_change (§7.6): called after each change; the value is the new one for NEW, the old one otherwise.
function changed(t: table[string] of count, tpe: TableChange, k: string, v: count)
	{
	print "change", tpe, k, v;
	}

function set_changed(s: set[count], tpe: TableChange, k: count)
	{
	print "set change", tpe, k;
	}

global t: table[string] of count &on_change = changed;
global s: set[count] &on_change = set_changed;

event zeek_init()
	{
	t["a"] = 1;
	t["a"] = 2;
	delete t["a"];
	add s[5];
	delete s[5];
	}
