# Zeek test language.vector-list-init-records (testing/btest/language/vector-list-init-records.zeek)
# Initializing a vector with a list of records should promote elements as
# necessary to match the vector's yield type.

type Foo: record {
	s: string;
	o: string &optional;
};

const v: vector of Foo = {
	[$s="bar", $o="check"],
	[$s="baz"]
};

event zeek_init()
	{
	for ( i in v )
		print fmt("element %d = %s", i, v[i]);

	print v;
	}
