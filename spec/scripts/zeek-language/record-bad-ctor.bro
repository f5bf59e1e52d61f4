# Zeek test language.record-bad-ctor (testing/btest/language/record-bad-ctor.zeek)
# At least shouldn't crash Zeek, just report the invalid record ctor.

global asdfasdf;
const blah = [$ports=asdfasdf];
const x = blah;

global asdfasdf2: port;
const blah2 = [$ports=asdfasdf2];

print blah, blah2;
