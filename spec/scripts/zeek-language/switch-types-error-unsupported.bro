# Zeek test language.switch-types-error-unsupported (testing/btest/language/switch-types-error-unsupported.zeek)
function switch_one(v: string): string
	{
	switch (v) {
	case type string:
		return "String!";
	case type count:
		return "Count!";
	case type bool, type addr:
		return "Bool or address!";
	default:
		return "Something else!";
	}
	}

