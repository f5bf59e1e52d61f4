##! Zeek's base/utils/patterns: building a pattern from a set of literal strings, and
##! finding where a pattern first matches.

module GLOBAL;

export {
	## Where a pattern first matched (match_pattern).
	type PatternMatchResult: record {
		## Whether there was a match at all.
		matched: bool;
		## The matched text ("" without a match).
		str: string;
		## Where it starts, counting from 1 (0 without a match).
		off: count;
	};

	## The pattern text `pat` with its "~~" replaced by the members of `ss`, each
	## escaped to match literally and joined by "|". A backslash meant for the pattern
	## has to be doubled in the string literal.
	global set_to_regex: function(ss: set[string], pat: string): pattern;

	## The leftmost match of `p` in `s` (of the matches starting there, the longest).
	global match_pattern: function(s: string, p: pattern): PatternMatchResult;
}

function set_to_regex(ss: set[string], pat: string): pattern
	{
	# Sorted, so that the pattern does not depend on the set's iteration order.
	local members: vector of string = vector();
	for ( s in ss )
		members += convert_for_pattern(s);
	sort(members, strcmp);
	return string_to_pattern(sub(pat, /~~/, join_string_vec(members, "|")), F);
	}

function match_pattern(s: string, p: pattern): PatternMatchResult
	{
	local pieces = split_string_n(s, p, T, 1);
	if ( |pieces| < 2 )
		return [$matched=F, $str="", $off=0];
	return [$matched=T, $str=pieces[1], $off=|pieces[0]| + 1];
	}
