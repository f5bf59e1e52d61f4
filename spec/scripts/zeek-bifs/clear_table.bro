# Zeek test bifs.clear_table (testing/btest/bifs/clear_table.zeek)
event zeek_init()
	{
	local mytable: table[string] of string = { ["key1"] = "val1" };

	print |mytable|;

	clear_table(mytable);

	print |mytable|;
	}
