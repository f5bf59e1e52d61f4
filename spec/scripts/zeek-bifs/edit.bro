# Zeek test bifs.edit (testing/btest/bifs/edit.zeek)
event bro_init()
	{
	local a = "hello there";

	print edit(a, "e");
	}
