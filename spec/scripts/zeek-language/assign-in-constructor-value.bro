# Zeek test language.assign-in-constructor-value (testing/btest/language/assign-in-constructor-value.zeek)
global g: count;

event zeek_init()
	{
	local t = table([1] = (g = 5));
	}
