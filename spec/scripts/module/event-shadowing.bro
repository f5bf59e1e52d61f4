module MyModule;
export { global zeek_init: event(); }
event zeek_init() { print "MyModule::zeek_init"; }
event ::zeek_init() { print "real zeek_init"; }
