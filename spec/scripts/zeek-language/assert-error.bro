# Zeek test language.assert-error (testing/btest/language/assert-error.zeek)
event zeek_init()
	{
	assert 1;
	}
