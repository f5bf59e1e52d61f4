# Zeek test language.bogus-field-assign (testing/btest/language/bogus-field-assign.zeek)
# Zeek used to happily print the value of "5" here.

print $foo=5;
