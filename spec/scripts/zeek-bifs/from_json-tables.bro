# from_json reads tables from objects keyed as to_json writes them (one-column index by its text, composite index by its JSON array): round trips
type T1: table[string] of count;
type T2: table[addr, port] of string;
type T3: table[count] of addr;
event zeek_init()
	{
	print from_json("{\"a\": 1, \"b\": 2}", T1);
	local t2: T2 = { [192.168.0.1, 80/tcp] = "foo" };
	print to_json(t2);
	print from_json(to_json(t2), T2);
	local t3: T3 = { [1] = 10.0.0.1, [2] = 10.0.0.2 };
	print from_json(to_json(t3), T3);
	print from_json("[]", table_string_of_string);
	}
