# Zeek test language.undefined-delete-field (testing/btest/language/undefined-delete-field.zeek)
type MyRecordType: record
	{
	a: count;
	b: count;
	};

event zeek_init()
	{
	local x = MyRecordType($a=1, $b=2);

	delete x$c;
	}
