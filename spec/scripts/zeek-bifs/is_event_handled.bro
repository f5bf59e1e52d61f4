# Zeek test bifs.is_event_handled (testing/btest/bifs/is_event_handled.zeek)
event zeek_init() { }  # rxbro -b has no zeek_init handler of its own; Zeek's bare scripts have one
function myfunc1(a: addr, b: addr): int
	{
	}

print is_event_handled("zeek_init"); # T
print is_event_handled("dns_EDNS_cookie"); # F
print is_event_handled("myfunc1"); # builtin error
print is_event_handled("conn_id"); # builtin error
