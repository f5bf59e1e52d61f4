# Zeek test language.switch-types-error-duplicate (testing/btest/language/switch-types-error-duplicate.zeek)
function switch_one(v: any): string
	{
	switch (v) {
	case type string:
		return "String!";
	case type count:
		return "Count!";
	case type bool, type count:
		return "Bool or address!";
	default:
		return "Somethign else!";
	}

	}

