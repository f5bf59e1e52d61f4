# Zeek test bifs.math (testing/btest/bifs/math.zeek)
event zeek_init()
	{
	local a = 3.14;
	local b = 2.71;
	local c = -3.14;
	local d = -2.71;

	print floor(a);
	print floor(b);
	print floor(c);
	print floor(d);

	print ceil(a);
	print ceil(b);
	print ceil(c);
	print ceil(d);

	print sqrt(a);

	print exp(a);

	print ln(a);

	print log10(a);

	print log2(a);

	print pow(a, b);
	}
