# Zeek test language.record-bad-ctor2 (testing/btest/language/record-bad-ctor2.zeek)
# Record ctor's expression list shouldn't accept "expressions that
# eval into record".  The expression list should only be comprised of
# record-field-assignment expressions.

type myrec: record {
	cmd: string;
	stdin: string &default="";
	read_files: string &optional;
};

local bad = myrec([$cmd="echo hi"]);

print bad;
