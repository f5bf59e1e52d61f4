# Zeek test language.blank-local (testing/btest/language/blank-local.zeek)
event zeek_init()
	{
	local _ = "1";
	}

event zeek_init()
	{
	local _: string = "1";
	local _: count = 1;
	}

event zeek_init()
	{
	local _: string = "1";
	const _: count = 1;
	}

event zeek_init()
	{
	const _: string = "1";
	const _: count = 1;
	}
