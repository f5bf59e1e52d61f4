# Zeek test language.switch-error-mixed (testing/btest/language/switch-error-mixed.zeek)
function switch_one(v: count): string
	{
	switch (v) {
	case 42:
		return "42!";
	case type count:
		return "Count!";
	}
	}

