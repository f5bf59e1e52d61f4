print split_string("this is a test", /hi|es/);
print split_string_n("aa bb cc", / ?/, T, 0);
