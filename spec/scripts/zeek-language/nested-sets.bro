# Zeek test language.nested-sets (testing/btest/language/nested-sets.zeek)
type r: record {
	b: set[count];
};

type s: set[set[count]];

global foo: set[r];
global bar = set(1,3,5);

add foo[record($b=bar)];

bar = set(5,3,1);
delete foo[record($b=bar)];

if ( |foo| > 0 )
	print "fail";
else
	print "pass";
