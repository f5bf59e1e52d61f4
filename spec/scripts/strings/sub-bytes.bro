print sub_bytes("abcdefghij", 2, 4), strcmp("a", "b") < 0;
