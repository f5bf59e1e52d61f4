# Zeek test bifs.to_double (testing/btest/bifs/to_double.zeek)
event zeek_init()
	{
	local a = 1 usec;
	print interval_to_double(a);
	local b = 1sec;
	print interval_to_double(b);
	local c = -1min;
	print interval_to_double(c);
	local d = 1hrs;
	print interval_to_double(d);
	local e = 1 day;
	print interval_to_double(e);


	local g = 0;
	print count_to_double(g);
	local h = 10000;
	print count_to_double(h);
	local i = -41;
	print int_to_double(i);
	}
