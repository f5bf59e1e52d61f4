# Zeek test language.record-ceorce-orphan (testing/btest/language/record-ceorce-orphan.zeek)
type myrec: record {
	a: string;
	b: count;
	c: interval &optional;
};

function myfunc(rec: myrec)
	{
	print rec;
	}

event zeek_init()
	{
	# Orhpaned fields in a record coercion reflect a programming error, like a typo, so should
	# be reported at parse-time to prevent unexpected run-time behavior.
	local rec: myrec = [$a="test", $b=42, $wtf=1sec];
	print rec;
	myfunc([$a="test", $b=42, $wtf=1sec]);
	}
