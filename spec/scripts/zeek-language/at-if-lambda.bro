# Zeek test language.at-if-lambda (testing/btest/language/at-if-lambda.zeek)
# Version::at_least("4.1") (base/misc/version) is written as T.
event zeek_init()
	{
	local make_epoch_result = function(pass_name: string): function(ts: time): time
		{
@if ( T )
		return function [pass_name] (ts: time): time
@else
		return function (ts: time)
@endif
			{
			print pass_name;
			return ts;
			};
		};

	local ts = double_to_time(1660671192.0);
	local f = make_epoch_result("cookie");
	local result = f(ts);
	print type_name(make_epoch_result), type_name(f), type_name(result), result;
	}
