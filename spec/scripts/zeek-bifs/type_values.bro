# Types as values (Zeek's `type` values): as call arguments and record fields; type_name, print, fmt, to_json of one
type Color: enum { RED, GREEN };
type R: record { a: count; b: string &optional &log; };
type Holder: record { t: any; };

function show(x: any): string
	{
	return fmt("%s is a %s", x, type_name(x));
	}

event zeek_init()
	{
	print show(Color);
	print show(R);
	local h = Holder($t=R);
	print h, type_name(h$t);
	print to_json(R);
	print |record_fields(R)|, |enum_names(Color)|;
	print record_fields(R($a=1))["a"]$value;
	print enum_names("NoSuchType");
	print enum_names(R);
	print record_fields(5);
	}
