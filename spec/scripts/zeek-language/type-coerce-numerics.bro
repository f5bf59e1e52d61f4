# Zeek test language.type-coerce-numerics, part first_set.zeek (testing/btest/language/type-coerce-numerics.zeek)
type myrecord : record {
	ii: int &optional;
	cc: count &optional;
	dd: double &optional;
};

# Allow coercion from count values to int
global globalint: myrecord &redef;
redef globalint = [$ii = 2];

# All of these cases should succeed
event zeek_init()
	{
	# Allow coercion from count values to int
	local intconvert1 = myrecord($ii = 3);
	print(intconvert1$ii);
	print(type_name(intconvert1$ii));

	local intconvert2: myrecord = record($ii = 4);
	print(intconvert2$ii);
	print(type_name(intconvert2$ii));

	local intconvert3: myrecord = [$ii = 5];
	print(intconvert3$ii);
	print(type_name(intconvert3$ii));

	local intconvert4: myrecord;
	intconvert4$ii = 6;
	print(intconvert4$ii);
	print(type_name(intconvert4$ii));

	# Convert from count/integer values into doubles
	local doubleconvert1 = myrecord($dd = 7);
	print(doubleconvert1$dd);
	print(type_name(doubleconvert1$dd));

	local doubleconvert2 = myrecord($dd = -5);
	print(doubleconvert2$dd);
	print(type_name(doubleconvert2$dd));

	local cnt = 5;
	cnt += +2;
	print cnt;
	print type_name(cnt);
	cnt -= -3;
	print cnt;
	print type_name(cnt);
	}

event zeek_init()
	{
	# This value is INT64_MAX+1, which overflows a signed integer and
	# throws an error
	local overflow = myrecord($ii = 9223372036854775808);
	}
