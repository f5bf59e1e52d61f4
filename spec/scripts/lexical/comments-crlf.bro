print "a"; # comment
## doc comment
print "b";
