# Zeek test language.eof-parse-errors (testing/btest/language/eof-parse-errors.zeek)
module A;

event zeek_init()
	{
	print "a";
