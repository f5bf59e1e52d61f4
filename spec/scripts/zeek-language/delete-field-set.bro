# Zeek test language.delete-field-set (testing/btest/language/delete-field-set.zeek)
type FooBar: record {
        a: set[string] &default=set();
        b: table[string] of count &default=table();
        c: vector of string &default=vector();
};

global test: FooBar;

delete test$a;
delete test$b;
delete test$c;

print test;
