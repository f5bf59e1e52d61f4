print to_count("0xC3", 16), to_count(" 205"), to_count("-5");
print double_to_count(3.9), double_to_int(-3.9), to_int("F3", 16);
