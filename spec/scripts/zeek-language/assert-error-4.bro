# Zeek test language.assert-error, part 4 (testing/btest/language/assert-error.zeek)
event zeek_init()
	{
	assert T, "extra", "something";
	}
