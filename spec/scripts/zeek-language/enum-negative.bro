# Zeek test language.enum-negative (testing/btest/language/enum-negative.zeek)
type my_enum: enum {
	explicitly_negative = -1,
	overflow = 9223372036854775808,
};
