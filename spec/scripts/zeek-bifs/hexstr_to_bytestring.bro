# Zeek test bifs.hexstr_to_bytestring (testing/btest/bifs/hexstr_to_bytestring.zeek)
event zeek_init()
	{
	print hexstr_to_bytestring("3034");
	print hexstr_to_bytestring("");
	print hexstr_to_bytestring("00");
	print hexstr_to_bytestring("a");
	}
