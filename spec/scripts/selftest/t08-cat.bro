print cat("foo", 3, T);
print cat_sep("|", "<empty>", "foo", 3, T);
print cat_sep("|", "<empty>", "", 3, T);
