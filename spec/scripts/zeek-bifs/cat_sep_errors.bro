# Zeek test bifs.cat_sep_errors (testing/btest/bifs/cat_sep_errors.zeek), its five parts in one file; cat_sep's arguments are checked when it runs
event zeek_init()
	{
	print cat_sep();
	print cat_sep("sep");
	print cat_sep("sep", 1);
	print cat_sep(1, "default");
	print cat_sep([$a=1], "default");
	print cat_sep("|", "-", 1, "", T);
	}
