# Zeek test language.blank-expr-errors (testing/btest/language/blank-expr-errors.zeek)
event zeek_init()
	{
	local vec = vector( "1", "2", "3" );
	for ( _, v in vec )
		print _;
	}
