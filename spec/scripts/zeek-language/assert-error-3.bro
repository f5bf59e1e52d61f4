# Zeek test language.assert-error, part 3 (testing/btest/language/assert-error.zeek)
event zeek_init()
	{
	assert;
	}
