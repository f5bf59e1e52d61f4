type In: record { foo: count; quux: count &default = 9876; };
type Out: record { bar: count; foo: In; };
local o = Out($bar = 4321, $foo = In($foo = 1234));
print o;
o$foo$foo = 1;
print o$foo;
