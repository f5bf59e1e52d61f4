# Zeek test language.attr-default-global-set-error (testing/btest/language/attr-default-global-set-error.zeek)
global ss: set[string] &default=0;
global d: count &default = 10
		&default = 9
		&optional
		&log
		&add_func = function(): count { return 3; };
global myset: set[count] &default=set();
