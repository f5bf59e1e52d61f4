# `[a, b]` where a set, table or vector is expected builds one, like `{a, b}` (Zeek's json-roundtrip test assigns
# `[[aa:bb::0]/32, 192.168.0.0/16]` to a `subnet_set` field); it used to stay a bare list and crash set operations.
type R: record { su: set[subnet]; se: set[addr, port]; v: vector of count; };
event zeek_init()
	{
	local r: R;
	r$su = [[aa:bb::0]/32, 192.168.0.0/16];
	r$se = [[192.168.0.1, 80/tcp], [[2001:db8::1], 8080/udp]];
	r$v = [3, 4];
	print |r$su|, 192.168.1.1 in r$su, [192.168.0.1, 80/tcp] in r$se, r$v;
	local s: set[count] = [1, 2];
	local e: set[string] = [];
	add e["x"];
	print s, e;
	}
