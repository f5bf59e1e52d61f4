print "bc" in "abcd", "x" in "abcd", "x" !in "abcd";
