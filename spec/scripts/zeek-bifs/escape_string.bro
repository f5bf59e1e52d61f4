# Zeek test bifs.escape_string (testing/btest/bifs/escape_string.zeek)
event bro_init()
	{
	local a = "Test \0string";

	print |a|;
	print a;

	local b = clean(a);
	print |b|;
	print b;

	local c = to_string_literal(a);
	print |c|;
	print c;

	local d = escape_string(a);
	print |d|;
	print d;

	local e = string_to_ascii_hex(a);
	print |e|;
	print e;
	}
