# Zeek test language.wrong-delete-field (testing/btest/language/wrong-delete-field.zeek)
type X: record {
     a: count;
};

global x: X = [$a=20];

delete x$a;
