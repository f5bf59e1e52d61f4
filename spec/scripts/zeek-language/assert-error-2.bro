# Zeek test language.assert-error, part 2 (testing/btest/language/assert-error.zeek)
event zeek_init()
	{
	assert T, 1234;
	}
