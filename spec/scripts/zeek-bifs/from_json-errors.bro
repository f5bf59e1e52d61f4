# Zeek test bifs.from_json, parts 2-9 and 11 (errors end in from_json_result$err; the parse error is rapidjson's text)
type bool_t: bool;
type Foo: record {
	a: bool;
};
type port_t: port;
type set_t: set[int, bool];
type Color: enum {
	Red = 10
};
type Bar: record {
	hello: string;
	t: bool;
};

event zeek_init()
	{
	print from_json("[]", 10);
	print from_json("{\"hel", string_vec);
	print from_json("[]", bool_t);
	print from_json("{\"a\": \"hello\"}", Foo);
	print from_json("[]", table_string_of_string);
	print from_json("\"80\"", port_t);
	print from_json("\"80/tcp\"", port_t);
	print from_json("[[1, false], [2]]", set_t);
	print from_json("[[1, false], [2, 1]]", set_t);
	print from_json("\"Yellow\"", Color);
	print from_json("{\"t\":null}", Bar);
	print from_json("{\"hello\": null, \"t\": true}", Bar);
	print from_json("[1, 2] x", index_vec);
	}
