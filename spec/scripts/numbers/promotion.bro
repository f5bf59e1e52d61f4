print 1 + 2, 1 + -2, 1 + 2.5, -1 * 3;
print type_name(1 + 2), type_name(1 + -2), type_name(1 + 2.5);
