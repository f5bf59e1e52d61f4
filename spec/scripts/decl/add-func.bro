# &add_func: `redef x += v` stores add_func(old, v); such a global takes += without &redef (Zeek's init-bare
# builds `interfaces` and `signature_files` this way; language.sizeof counts add_interface's parameters).
function join_words(old: string, new: string): string
	{
	return old == "" ? new : fmt("%s+%s", old, new);
	}
global words = "" &add_func = join_words;
redef words += "a";
redef words += "b";
redef interfaces += "eth0";
redef interfaces += "eth1";

event zeek_init()
	{
	print words;
	print interfaces;
	print |add_interface|, |add_signature_file|;
	}
