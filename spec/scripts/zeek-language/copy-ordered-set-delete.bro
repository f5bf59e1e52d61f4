# Zeek test language.copy-ordered-set-delete (testing/btest/language/copy-ordered-set-delete.zeek)
event zeek_init()
	{
	local x: set[string] = set("HTTP") &ordered;
	local y = copy(x);

	delete y["HTTP"];

	x = copy(y);
	print "empty", cat(x);
	}
