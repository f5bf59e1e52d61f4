print "a\tb", "\x41\x42", "\101", "q\"q", "\q";
print |"\x0ddir"|;
