##! Zeek's base/utils/email: pulling e-mail addresses out of RFC 5322 address lists.

module GLOBAL;

# An address with what may stand on each side of it: the start or one of `<,:` or a
# blank before, the end or one of `>,;` or a blank after.
const email_addr_with_delims = /(^|[<,:[:blank:]])[^<,:[:blank:]@]+"@"[^>,;[:blank:]]+([>,;[:blank:]]|$)/;

# Strips those delimiters again.
function email_strip_delims(s: string): string
	{
	return gsub(s, /[<>,:;[:blank:]]/, "");
	}

export {
	## The addresses in `str`, in order and with repeats.
	global extract_email_addrs_vec: function(str: string): string_vec;

	## The addresses in `str`, each once.
	global extract_email_addrs_set: function(str: string): set[string];

	## The first address in `str`, or "".
	global extract_first_email_addr: function(str: string): string;

	## The comma-separated entries of a MIME address header, each with its display name
	## (a quoted display name may contain commas), blanks around them stripped; an entry
	## without an "@" is skipped. Group
	## syntax is not understood: a group name stays part of the first address.
	global split_mime_email_addresses: function(line: string): set[string];
}

function extract_email_addrs_vec(str: string): string_vec
	{
	local out: string_vec = vector();
	for ( i, raw in find_all_ordered(str, email_addr_with_delims) )
		out += email_strip_delims(raw);
	return out;
	}

function extract_email_addrs_set(str: string): set[string]
	{
	local out: set[string] = set();
	for ( raw in find_all(str, email_addr_with_delims) )
		add out[email_strip_delims(raw)];
	return out;
	}

function extract_first_email_addr(str: string): string
	{
	local all = extract_email_addrs_vec(str);
	return |all| > 0 ? all[0] : "";
	}

function split_mime_email_addresses(line: string): set[string]
	{
	local out: set[string] = set();
	# Each entry must hold an "@", so that the comma in a quoted display name does not end it.
	for ( part in find_all(line, /(\"[^"]*\")?[^,]+@[^,]+/) )
		add out[strip(part)];
	return out;
	}
