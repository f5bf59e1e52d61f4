print "a\nb", "caf\xc3\xa9";
