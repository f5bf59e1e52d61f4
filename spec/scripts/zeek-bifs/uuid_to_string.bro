# Zeek test bifs.uuid_to_string (testing/btest/bifs/uuid_to_string.zeek)
event zeek_init()
	{
	local a = "\xfe\x80abcdefg0123456";
	print uuid_to_string(a);
	print uuid_to_string("");
	}
