# Zeek test bifs.to_int (testing/btest/bifs/to_int.zeek)
event zeek_init()
	{
	print to_int("1");
	print to_int("-1");
	print to_int("10111100", 2);
	print to_int("47", 8);
	print to_int("F3", 16);
	print to_int("0xF3", 16);
	print to_int("4294967296");
	print to_int("not an int");

	# Both leading and trailing whitespace are okay.
	print to_int(" 205");
	print to_int("206 ");

	local a: double = 3.14;
	print double_to_int(a);

	local b: double = 3.9;
	print double_to_int(b);

	local c: double = -3.14;
	print double_to_int(c);

	local d: double = -3.9;
	print double_to_int(d);
	}
