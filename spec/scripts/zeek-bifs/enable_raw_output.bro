# Zeek test bifs.enable_raw_output (testing/btest/bifs/enable_raw_output.test) without its print_hook part: after enable_raw_output a file prints as with &raw_output (language.md: no escaping, no separators, no newline), NULs included
event zeek_init()
	{
	local name = "/tmp/rxbro-spec-enable-raw-output.txt";
	local myfile = open(name);
	enable_raw_output(myfile);
	print myfile, "hello\x00world", "hi";
	close(myfile);
	print file_size(name);
	unlink(name);
	}
