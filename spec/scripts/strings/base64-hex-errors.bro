# Error cases: Zeek's bifs.hexstr_to_bytestring ("a") and bifs.decode_base64_errors (only the first ignored
# character of a call is reported). Zeek prints these without a location ("error: ..."); rxbro reports
# built-in errors with the call's location, so only the messages match.
event zeek_init()
	{
	print hexstr_to_bytestring("a");
	print decode_base64("^#@!@##$!===");
	print decode_base64("\xed\xee\xef===");
	print "continues";
	}
