# set[pattern]: "s" in set is true if any member matches exactly (§2.6).
global pats = set(/foo.*/, /bar/);
print "foobar" in pats, "bar" in pats, "baz" in pats;
