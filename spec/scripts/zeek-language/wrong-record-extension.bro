# Zeek test language.wrong-record-extension (testing/btest/language/wrong-record-extension.zeek)
type Foo: record {
        a: count;
        b: count &optional;
};

redef record Foo += {
        c: count;
        d: string &optional;
};
