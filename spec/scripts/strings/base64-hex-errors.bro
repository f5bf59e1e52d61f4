# Error cases: Zeek's bifs.hexstr_to_bytestring ("a") and bifs.decode_base64_errors (only the first ignored
# character of a call is reported). Zeek reports these through reporter->Error, without a location
# ("error: ..."), and so does rxbro.
event zeek_init()
	{
	print hexstr_to_bytestring("a");
	print decode_base64("^#@!@##$!===");
	print decode_base64("\xed\xee\xef===");
	print "continues";
	}
