# Zeek test language.type-cast-error-static (testing/btest/language/type-cast-error-static.zeek)
type X: record  {
    a: addr;
    b: port;
};

event zeek_init()
	{
	local x: X;
	x = [$a = 1.2.3.4, $b=1947/tcp];

	print "string" as count;
	print "string" as X;
	}
