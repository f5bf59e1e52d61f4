module Foo;
export {
	global x = 1;
	const y = 2 &redef;
}
global hidden = 3;
print x, Foo::x, hidden;
module GLOBAL;
print Foo::x, Foo::y;
