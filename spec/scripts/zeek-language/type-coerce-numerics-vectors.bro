# Zeek test language.type-coerce-numerics, part vectors.zeek (testing/btest/language/type-coerce-numerics.zeek)
event zeek_init()
	{
	local c1 : vector of count = { 1 , 2 };
	local c2 : vector of count = { 3 , 4 };
	local c3 = c1 + c2;
	print type_name(c1);
	print type_name(c2);
	print type_name(c3);
	print c1;
	print c2;
	print c3;

	local i1 : vector of int = { 1, 2 };
	local i2 : vector of int = { 3, 4 };
	local i3 = i1 + i2;
	print type_name(i1);
	print type_name(i2);
	print type_name(i3);
	print i1;
	print i2;
	print i3;

	local d1 : vector of double = { 1, 2 };
	local d2 : vector of double = { 3, 4 };
	local d3 = d1 + d2;
	print type_name(d1);
	print type_name(d2);
	print type_name(d3);
	print d1;
	print d2;
	print d3;
	}
