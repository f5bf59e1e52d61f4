##! Zeek's base/utils/urls: finding URLs in text and taking a URI apart.

module GLOBAL;

export {
	## What find_all_urls takes for a URL: a scheme of 3 to 5 letters or dashes, "://",
	## a host name and an optional path (up to the next blank).
	const url_regex = /^([a-zA-Z\-]{3,5}):\/\/(-\.)?([^[:blank:]\/?\.#-]+\.?)+(\/[^[:blank:]]*)?/ &redef;

	## A URI's parts, as decompose_uri finds them.
	type URI: record {
		## The scheme (before "://"), if there is one.
		scheme: string &optional;
		## The host: a name or an address (IPv6 in brackets); "" if there is none.
		netlocation: string;
		## The port after the host, if one is given.
		portnum: count &optional;
		## The path; "/" when there is none.
		path: string;
		## The path's last component, if the path does not end in "/".
		file_name: string &optional;
		## file_name up to its first ".".
		file_base: string &optional;
		## file_name after its first ".", if it has one.
		file_ext: string &optional;
		## The query's key=value pairs, if there is a query ("?").
		params: table[string] of string &optional;
	};

	## The URLs (url_regex) in `s`.
	global find_all_urls: function(s: string): string_set;

	## The URLs in `s` without their "scheme://".
	global find_all_urls_without_scheme: function(s: string): string_set;

	## Splits a URI into scheme, host, port, path (with its file name) and query parameters.
	global decompose_uri: function(uri: string): URI;
}

function find_all_urls(s: string): string_set
	{
	return find_all(s, url_regex);
	}

function find_all_urls_without_scheme(s: string): string_set
	{
	local out: string_set = set();
	for ( url in find_all_urls(s) )
		add out[sub(url, /^[a-zA-Z\-]{3,5}:\/\//, "")];
	return out;
	}

# One "key=value" of a query into the table (pieces without "=" are left out).
function add_uri_param(params: table[string] of string, pair: string)
	{
	if ( /=/ !in pair )
		return;
	local kv = split_string1(pair, /=/);
	params[kv[0]] = kv[1];
	}

function decompose_uri(uri: string): URI
	{
	local u = URI($netlocation="", $path="/");
	local rest = uri;
	local pieces: string_vec;

	if ( /\?/ in rest )
		{
		pieces = split_string1(rest, /\?/);
		rest = pieces[0];
		u$params = table();
		for ( i, pair in split_string(pieces[1], /&/) )
			add_uri_param(u$params, pair);
		}

	if ( /:\/\// in rest )
		{
		pieces = split_string1(rest, /:\/\//);
		u$scheme = pieces[0];
		rest = pieces[1];
		}

	if ( /\// in rest )
		{
		pieces = split_string1(rest, /\//);
		rest = pieces[0];
		u$path = "/" + pieces[1];
		if ( ! ends_with(u$path, "/") )
			{
			# find_last takes the match that starts last: the final "/" and what follows.
			local name = sub_bytes(find_last(u$path, /\/.+/), 2, |u$path|);
			u$file_name = name;
			if ( /\./ in name )
				{
				local base_ext = split_string1(name, /\./);
				u$file_base = base_ext[0];
				u$file_ext = base_ext[1];
				}
			else
				u$file_base = name;
			}
		}

	# What is left is the host with an optional ":port". An IPv6 address is in
	# brackets; otherwise the port is after the last colon.
	local host = rest;
	local port_text = "";
	if ( /^\[[^\]]*\]/ in rest )
		{
		host = find_first(rest, /^\[[^\]]*\]/);
		local after = sub_bytes(rest, |host| + 1, |rest|);
		if ( /^:/ in after )
			port_text = sub_bytes(after, 2, |after|);
		}
	else if ( /:/ in rest )
		{
		# The match that starts last: the final colon and what follows it.
		local colon_port = find_last(rest, /:.*/);
		port_text = sub_bytes(colon_port, 2, |colon_port|);
		host = sub_bytes(rest, 1, |rest| - |colon_port|);
		}
	u$netlocation = host;
	if ( port_text != "" )
		u$portnum = to_count(port_text);
	return u;
	}
