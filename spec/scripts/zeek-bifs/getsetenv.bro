# Zeek test bifs.getsetenv (testing/btest/bifs/getsetenv.zeek)
event zeek_init()
	{
	local a = getenv("NOTDEFINED");
	setenv("TESTBRO", "testvalue");  # btest runs it with TESTBRO=testvalue
	local b = getenv("TESTBRO");
	if ( |a| == 0 )
		print "OK";
	if ( b == "testvalue" )
		print "OK";

	if ( setenv("NOTDEFINED", "now defined" ) == T )
		{
		if ( getenv("NOTDEFINED") == "now defined" )
			print "OK";
		}

	}
