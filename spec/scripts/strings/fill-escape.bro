# Zeek's bifs.string_fill (len-1 bytes of the source, then a NUL), bifs.escape_string (clean, to_string_literal,
# escape_string, string_to_ascii_hex), bifs.safe_shell_quote and bifs.reverse.
event zeek_init()
	{
	local a = "test ";

	local b = string_fill(1, a);
	local c = string_fill(2, a);
	local d = string_fill(10, a);

	print fmt("*%s* %d", b, |b|);
	print fmt("*%s* %d", c, |c|);
	print fmt("*%s* %d", d, |d|);

	local e = "Test \0string";

	print |e|;
	print e;
	local f = clean(e);
	print |f|;
	print f;
	local g = to_string_literal(e);
	print |g|;
	print g;
	local h = escape_string(e);
	print |h|;
	print h;
	local i = string_to_ascii_hex(e);
	print |i|;
	print i;

	local sh = "echo `pwd` ${TEST} > \"my file\"; echo -e \"\\n\"";
	print sh;
	print safe_shell_quote(sh);

	local s1 = "hello world!";
	local s2 = "rise to vote sir";
	local s3 = "\xff\x00";
	local s4 = "\xff\x39\x30\xff";

	print reverse(s1);
	print reverse(reverse(s1));
	print subst_string(reverse(s2), " ", "");
	print bytestring_to_hexstr(s3);
	print bytestring_to_hexstr(reverse(s3));
	print bytestring_to_hexstr(reverse(sub_bytes(s4, 2, 2)));
	print reverse("A");

	# Beyond the Zeek tests: quotes and backslashes.
	print to_string_literal("a'b\"c\\d"), escape_string("a'b\"c\\d"), clean("a\\b\x7f");
	}
