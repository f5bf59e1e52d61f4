# Zeek test language.at-if-lambda, its fourth part (testing/btest/language/at-if-lambda.zeek)
# The fourth part of the Zeek test (toggle T).
global toggle = T;

event zeek_init()
	{
@if ( toggle )
	local f = function(ts_str: string, offset: count &default=10): time
@else
	local f = function(ts_str: string): time
@endif
		{
		local c = double_to_count(to_double(ts_str));  # extract_count (base/utils/numbers) in the Zeek test
@if ( toggle )
		c += offset;
@endif
		return double_to_time(c);
		};

	local result = f("1660671192.0");
	print type_name(f), type_name(result), result;
	}
