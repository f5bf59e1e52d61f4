# Zeek test language.type-cast-error-dynamic (testing/btest/language/type-cast-error-dynamic.zeek)
# The Zeek test's third handler (Broker::Data) is left out: rxbro has no Broker.
type X: record  {
    a: addr;
    b: port;
};

function cast_to_string(a: any)
	{
	print a as string;
	}

event zeek_init()
	{
	cast_to_string(42);
	}

event zeek_init()
	{
	local x: X;
	x = [$a = 1.2.3.4, $b=1947/tcp];
	cast_to_string(x);
	}
