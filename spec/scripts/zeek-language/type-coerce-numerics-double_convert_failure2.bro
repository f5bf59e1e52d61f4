# Zeek test language.type-coerce-numerics, part double_convert_failure2.zeek (testing/btest/language/type-coerce-numerics.zeek)
type myrecord : record {
	cc: count &optional;
};

event zeek_init()
	{
	local convert = myrecord($cc = -5.0);
	}
