module Foo;
export {
	global x = 1;
	const y = 2 &redef;
}
global hidden = 3;
event zeek_init() { print x, Foo::x, hidden; }
module GLOBAL;
event zeek_init() &priority = -1 { print Foo::x, Foo::y; }
