# Zeek test language.blank-expr-errors, its second part (testing/btest/language/blank-expr-errors.zeek)
event zeek_init()
	{
	local _ = vector( "1", "2", "3" );
	print _;
	}
