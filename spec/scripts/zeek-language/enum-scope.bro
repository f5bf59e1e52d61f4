# Zeek test language.enum-scope (testing/btest/language/enum-scope.zeek)
type foo: enum { a, b } &redef;

module test;

redef enum foo += { c };

export {
	type foo: enum { a, b };
}

print ::a, ::b, a, b, c;
