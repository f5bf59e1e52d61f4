# Zeek test language.table-init-record-idx (testing/btest/language/table-init-record-idx.zeek)
# Parts 1 and 2 of the Zeek test in one script: the second table is foo2, and the globals are declared
# before the first statement.
# Record constructors should work in table initializers

type r: record  {
	a: string;
	b: count;
};  

global a: r = [$a="foo", $b=1];
global b: r = [$a="foo", $b=2];
global c: r = [$a="bar", $b=3];
global d: r = [$a="bar", $b=4];
global e: r = [$a="baz", $b=5];
global f: r = [$a="baz", $b=6];

global foo: table[r] of count = {
	[a] = 1,
	[record($a="foo", $b=2)] = 2,
	[[$a="bar", $b=3]] = 3,
};

global foo2: table[r, count] of count = {
	[a, 1] = 1,
	[record($a="foo", $b=2), 2] = 2,
	[[$a="bar", $b=3], 3] = 3,
};

global bah: r = [$a="bah", $b=0];

foo[d] = 4;
foo[[$a="baz", $b=5]] = 5;
foo[record($a="baz", $b=6)] = 6;

print "following should all be true...";

print a in foo;
print b in foo;
print c in foo;
print d in foo;
print e in foo;
print f in foo;

print [$a="foo", $b=1] in foo;
print record($a="foo", $b=1) in foo;

print foo[a];
print foo[[$a="foo", $b=1]];
print foo[record($a="foo", $b=1)];

print "following should all be false...";


print bah in foo;
print [$a="bah", $b=0] in foo;
print record($a="bah", $b=0) in foo;

print "now here's the foo table...";

print foo;

# (2nd part of the Zeek test) They can be part of a compound index type, too...


foo2[d, 4] = 4;
foo2[[$a="baz", $b=5], 5] = 5;
foo2[record($a="baz", $b=6), 6] = 6;

print "following should all be true...";

print [a, 1] in foo2;
print [b, 2] in foo2;
print [c, 3] in foo2;
print [d, 4] in foo2;
print [e, 5] in foo2;
print [f, 6] in foo2;

print [[$a="foo", $b=1], 1] in foo2;
print [record($a="foo", $b=1), 1] in foo2;

print foo2[a, 1];
print foo2[[$a="foo", $b=1], 1];
print foo2[record($a="foo", $b=1), 1];

print "following should all be false...";

print [bah, 0] in foo2;
print [[$a="bah", $b=0], 0] in foo2;
print [record($a="bah", $b=0), 0] in foo2;

print "now here's the foo table...";

print foo2;
