# Zeek's test without its join_string_set lines (the stored baseline has none: join_string_set became a built-in).
# @TEST-EXEC: zeek %INPUT >output
# @TEST-EXEC: btest-diff output

# This is loaded by default.
#@load base/utils/strings

function test_binary_string(s: string)
	{
	if ( is_string_binary(s) )
		print fmt("'%s' IS considered binary", s);
	else
		print fmt("'%s' is NOT considered binary", s);
	}

test_binary_string("\x68\x65\x6C\x6C\x6F");
test_binary_string("\xFF\xFF\xFF\x00");
test_binary_string("\x00\x00\xFF\x00");
test_binary_string("\x00\x00\x00\x00");

print string_escape("hello world", "od");
print string_escape("\\hello world\\", "");

print cut_tail("hello world", 0);
print cut_tail("hello world", 1);
print cut_tail("hello world", 6);
print cut_tail("hello world", 11);
print cut_tail("hello world", 12);
