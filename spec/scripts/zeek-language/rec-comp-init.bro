# Zeek test language.rec-comp-init (testing/btest/language/rec-comp-init.zeek)
# Make sure composit types in records are initialized.

type Foo: record {
	a: set[count];
	b: table[count] of string;
	c: vector of string;
};

global f: Foo;

print f;
