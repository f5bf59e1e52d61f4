# Zeek test language.copy-ordered-set-delete, its third part (testing/btest/language/copy-ordered-set-delete.zeek)
event zeek_init()
	{
	local x: set[string] = set("HTTP", "SSH", "SSL") &ordered;
	local y = copy(x);

	delete y["HTTP"];
	delete y["SSL"];

	print "SSH", cat(y);
	}
