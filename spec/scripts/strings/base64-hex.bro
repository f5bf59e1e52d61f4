# Zeek's bifs.encode_base64 and bifs.decode_base64 (default, explicit and custom alphabets; "" means the
# default) and bifs.hexstr_to_bytestring (its odd-length error case is in base64-hex-errors.bro).
global default_alphabet: string = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

global my_alphabet: string = "!#$%&/(),-.:;<>@[]^ `_{|}~abcdefghijklmnopqrstuvwxyz0123456789+?";

print encode_base64("bro");
print encode_base64("bro", default_alphabet);
print encode_base64("bro", ""); # should use default alpabet
print encode_base64("bro", my_alphabet);

print encode_base64("padding");
print encode_base64("padding1");
print encode_base64("padding12");

print decode_base64("YnJv");
print decode_base64("YnJv", default_alphabet);
print decode_base64("YnJv", ""); # should use default alphabet
print decode_base64("}n-v", my_alphabet);

print decode_base64("cGFkZGluZw=="), decode_base64("cGFkZGluZzE="), decode_base64("cGFkZGluZzEy");

print hexstr_to_bytestring("3034");
print hexstr_to_bytestring("");
print hexstr_to_bytestring("00");
