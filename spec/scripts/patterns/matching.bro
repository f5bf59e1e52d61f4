print /foo/ == "foo", /foo/ == "xfoo", /foo/ in "xfoox", "foo" == /fo+/;
print /^a/ in "ba", /a$/ in "ba";
