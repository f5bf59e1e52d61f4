# Table attributes on locals and constructors are checked and applied like on globals (§7.5).
function dflt(k: string): count { return |k|; }
event zeek_init()
	{
	local a: table[string] of count = table() &default = dflt;
	local b = table(["x"] = 1) &default = 7;
	print a["four"], b["x"], b["y"];
	}
