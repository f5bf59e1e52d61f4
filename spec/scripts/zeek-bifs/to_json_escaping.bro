# to_json edge cases (Zeek's Val.cc BuildJSON rules): string escaping, field_escape_pattern, doubles, composite table keys, opaque
type R: record {
	_type: string;
	id__x: count;
	a: any &optional;
};
event zeek_init()
	{
	print to_json("a\"b\\c\x01\n\t/");
	print to_json("caf\xc3\xa9 \xff\xfe");
	print to_json(R($_type="t", $id__x=1));
	print to_json(R($_type="t", $id__x=1), F, /__/);
	print to_json(R($_type="t", $id__x=1, $a=5.0));
	print to_json(1.0);
	print to_json(1e30);
	print to_json(0.000001);
	print to_json(1e-7);
	print to_json(123456.5);
	print to_json(double_to_time(0.0));
	print to_json(0secs);
	local t: table[string, count] of string = { ["a", 1] = "x" };
	print to_json(t);
	local tp: table[port] of bool = { [80/tcp] = T };
	print to_json(tp);
	print to_json(md5_hash_init());
	}
