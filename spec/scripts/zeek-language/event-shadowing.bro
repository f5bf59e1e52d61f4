# Zeek test language.event-shadowing (testing/btest/language/event-shadowing.zeek)
#

module MyModule;

export {
	## MyModule::zeek_init() shadows global zeek_init() event.
	global zeek_init: event();
}

# This is never invoked!
event zeek_init()
	{
	print "MyModule::zeek_init() - FAIL";
	}

event ::zeek_init()
	{
	print "::zeek_init()";
	}
