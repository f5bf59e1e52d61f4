# Zeek test language.event-local-var (testing/btest/language/event-local-var.zeek)
event e1(num: count)
	{
	print fmt("event 1: %s", num);
	}

event zeek_init()
{
	# Test assigning a local event variable to an event
	local v: event(num: count);
	v = e1;
	schedule 1sec { v(6) };  # This should fail
}
