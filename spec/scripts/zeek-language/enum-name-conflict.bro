# Zeek test language.enum-name-conflict (testing/btest/language/enum-name-conflict.zeek)
type a: enum {
	RED,
	BLUE
};

type b: enum {
	BLUE,
	GREEN
};

redef enum b += {
	RED,
};

module Foo;

export {
	type af: enum {
		ONE,
		TWO
	};

	type bf: enum {
		TWO,
		THREE
	};

	redef enum bf += {
		ONE,
	};
}

module GLOBAL;

global NOPE = 37;

redef enum a += {
	NOPE,
};

type E: enum { Red, Green, Blue };
redef enum E += { Pink };
redef enum E += { Pink };

print Pink;
print Pink;
