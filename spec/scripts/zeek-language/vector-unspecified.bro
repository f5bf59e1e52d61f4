# Zeek test language.vector-unspecified (testing/btest/language/vector-unspecified.zeek)
# Test assignment behavior of unspecified vectors
local a = vector();

a[0] = 5;
a[1] = "Hi";
a[2] = 127.0.0.1;

print a;
