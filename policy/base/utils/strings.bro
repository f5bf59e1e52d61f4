##! Zeek's base/utils/strings: small string helpers written in the script language.
##! join_string_set is a built-in in rxbro (builtins/strings.ts), as in current Zeek.

module GLOBAL;

export {
	## T when at least a quarter of the bytes of `s` are outside 7-bit ASCII
	## (counted in whole percent, rounded down).
	global is_string_binary: function(s: string): bool;

	## `s` with every backslash doubled and then every character of `chars` preceded
	## by a backslash.
	global string_escape: function(s: string, chars: string): string;

	## `s` without its last `tail_len` bytes ("" when that is all of it).
	global cut_tail: function(s: string, tail_len: count): string;
}

function is_string_binary(s: string): bool
	{
	local high = |gsub(s, /[\x00-\x7f]/, "")|;
	return high * 100 / |s| >= 25;
	}

function string_escape(s: string, chars: string): string
	{
	# Backslashes first, so that the ones added below are not doubled again.
	local out = subst_string(s, "\\", "\\\\");
	for ( ch in chars )
		out = subst_string(out, ch, "\\" + ch);
	return out;
	}

function cut_tail(s: string, tail_len: count): string
	{
	if ( tail_len >= |s| )
		return "";
	return sub_bytes(s, 1, |s| - tail_len);
	}
