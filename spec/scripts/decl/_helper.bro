global helper_value = 42;
