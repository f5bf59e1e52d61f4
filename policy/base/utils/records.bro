##! Zeek's base/utils/records: trimming elements off either end of a vector.

module GLOBAL;

export {
	## `v` without its first `n` elements.
	global vector_remove_from_head: function(v: vector of any, n: count): vector of any;

	## `v` without its last `n` elements.
	global vector_remove_from_tail: function(v: vector of any, n: count): vector of any;
}

function vector_remove_from_head(v: vector of any, n: count): vector of any
	{
	local out = vector();
	for ( i in v )
		if ( i >= n )
			out += v[i];
	return out;
	}

function vector_remove_from_tail(v: vector of any, n: count): vector of any
	{
	local out = vector();
	for ( i in v )
		if ( i + n < |v| )
			out += v[i];
	return out;
	}
