# Zeek test language.lambda-zeek-init (testing/btest/language/lambda-zeek-init.zeek)
event zeek_init() &priority=+10
	{
	local outer = 101;

	local lambda = function[outer]()
		{ print outer + 2; };

	lambda();
	}
