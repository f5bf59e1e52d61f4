# Zeek test bifs.decode_base64_errors (testing/btest/bifs/decode_base64_errors.zeek)
event zeek_init()
	{
	decode_base64("^#@!@##$!===");
	decode_base64("\xed\xee\xef===");
	}
