##! Zeek's base/utils/files: names for extracted files, and the file name in a
##! Content-Disposition header.

@load ./addrs

module GLOBAL;

export {
	## "PREFIX_ORIG:OPORT-RESP:RPORT_SUFFIX" for the connection (IPv6 addresses in
	## brackets; prefix and suffix left out with their "_" when ""). When the OS
	## environment variable is "Windows_NT" the colons become "-".
	global generate_extraction_filename: function(prefix: string, c: connection, suffix: string): string;

	## The file name a Content-Disposition value gives (`filename=`, `name=` or
	## `filename*=` with its charset and language), unquoted and URI-unescaped.
	global extract_filename_from_content_disposition: function(data: string): string;
}

function generate_extraction_filename(prefix: string, c: connection, suffix: string): string
	{
	local name = fmt("%s:%d-%s:%d", addr_to_uri(c$id$orig_h), c$id$orig_p,
	                 addr_to_uri(c$id$resp_h), c$id$resp_p);
	# Windows does not allow colons in file names.
	if ( getenv("OS") == "Windows_NT" )
		name = subst_string(name, ":", "-");
	if ( prefix != "" )
		name = prefix + "_" + name;
	if ( suffix != "" )
		name = name + "_" + suffix;
	return name;
	}

function extract_filename_from_content_disposition(data: string): string
	{
	# Everything after the last "name=" (any case, "filename" and "name*" included).
	local value = sub(data, /^.*[nN][aA][mM][eE][[:blank:]]*\*?=[[:blank:]]*/, "");

	if ( /^\"/ in value )
		value = split_string_n(value, /\"/, F, 2)[1];

	# RFC 2231: charset'language'value.
	if ( /^[a-zA-Z0-9\!#$%&+-^_`{}~]+'[a-zA-Z0-9\!#$%&+-^_`{}~]*'/ in value )
		value = sub(value, /^.+'.*'/, "");

	return unescape_URI(value);
	}
