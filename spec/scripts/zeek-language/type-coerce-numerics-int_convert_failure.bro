# Zeek test language.type-coerce-numerics, part int_convert_failure.zeek (testing/btest/language/type-coerce-numerics.zeek)
type myrecord : record {
	cc: count &optional;
};

event zeek_init()
	{
	local convert = myrecord($cc = -5);
	}
