##! Zeek's base/utils/numbers: the first (or last) run of decimal digits in a string.

module GLOBAL;

export {
	## The first run of digits in `s` as a count, or the last one when `get_first`
	## is F; 0 when `s` holds no digit.
	global extract_count: function(s: string, get_first: bool &default=T): count;
}

function extract_count(s: string, get_first: bool): count
	{
	# split_string_all puts every run of digits at an odd index.
	local pieces = split_string_all(s, /[0-9]+/);
	if ( |pieces| < 3 )
		return 0;
	return to_count(get_first ? pieces[1] : pieces[|pieces| - 2]);
	}
