# Zeek test language.record-default-set-mismatch (testing/btest/language/record-default-set-mismatch.zeek)
type Foo: record  {
	a: set[string] &default=set(1,2,3);
};

global f: Foo;
print f;
