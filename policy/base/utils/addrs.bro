##! Zeek's base/utils/addrs: patterns for IP addresses in text, pulling the valid ones out
##! of a string, and formatting addresses for URIs and MAC addresses. is_valid_ip is a
##! built-in (builtins/addresses.ts), as in current Zeek.
##!
##! The IPv6 patterns are spelled out per number of hextets before "::" (ipv6_compressed_*N),
##! so that "::" always stands for at least one zero hextet. Unlike Zeek's, the IPv4-tailed
##! compressed forms put a ":" between the last hextet and the dotted quad ("2001:db8::ffff:1.2.3.4").

module GLOBAL;

## One decimal octet: 1 or 2 digits, or 3 digits up to 255 (leading zeros allowed).
const ipv4_decim = /[0-9]{1,2}|[01][0-9]{2}|2[0-4][0-9]|25[0-5]/;

## A dotted-quad IPv4 address.
const ipv4_addr_regex = ipv4_decim & /\./ & ipv4_decim & /\./ & ipv4_decim & /\./ & ipv4_decim;

## One IPv6 group of 1 to 4 hex digits.
const ipv6_hextet = /[0-9A-Fa-f]{1,4}/;

## Eight groups, nothing left out.
const ipv6_8hex_regex = /([0-9A-Fa-f]{1,4}:){7}/ & ipv6_hextet;

## Six groups and an IPv4 address for the last 32 bits.
const ipv6_hex4dec_regex = /([0-9A-Fa-f]{1,4}:){6}/ & ipv4_addr_regex;

## "::" after N groups, with at most 7 groups in all.
const ipv6_compressed_lead_hextets0 = /::([0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){0,6})?/;
const ipv6_compressed_lead_hextets1 = /[0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){0,5})?/;
const ipv6_compressed_lead_hextets2 = /[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){1}::([0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){0,4})?/;
const ipv6_compressed_lead_hextets3 = /[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){2}::([0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){0,3})?/;
const ipv6_compressed_lead_hextets4 = /[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){3}::([0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){0,2})?/;
const ipv6_compressed_lead_hextets5 = /[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){4}::([0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){0,1})?/;
const ipv6_compressed_lead_hextets6 = /[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){5}::([0-9A-Fa-f]{1,4})?/;
const ipv6_compressed_lead_hextets7 = /[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){6}::/;

## Any of the compressed forms.
const ipv6_compressed_hex_regex = ipv6_compressed_lead_hextets0 | ipv6_compressed_lead_hextets1 |
	ipv6_compressed_lead_hextets2 | ipv6_compressed_lead_hextets3 | ipv6_compressed_lead_hextets4 |
	ipv6_compressed_lead_hextets5 | ipv6_compressed_lead_hextets6 | ipv6_compressed_lead_hextets7;

## "::" after N groups, then groups and an IPv4 address (at most 5 groups besides it).
const ipv6_compressed_hext4dec_lead_hextets0 = /::([0-9A-Fa-f]{1,4}:){0,5}/ & ipv4_addr_regex;
const ipv6_compressed_hext4dec_lead_hextets1 = /[0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,4}/ & ipv4_addr_regex;
const ipv6_compressed_hext4dec_lead_hextets2 = /[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){1}::([0-9A-Fa-f]{1,4}:){0,3}/ & ipv4_addr_regex;
const ipv6_compressed_hext4dec_lead_hextets3 = /[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){2}::([0-9A-Fa-f]{1,4}:){0,2}/ & ipv4_addr_regex;
const ipv6_compressed_hext4dec_lead_hextets4 = /[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){3}::([0-9A-Fa-f]{1,4}:){0,1}/ & ipv4_addr_regex;
const ipv6_compressed_hext4dec_lead_hextets5 = /[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){4}::/ & ipv4_addr_regex;

## Any of the compressed forms with an IPv4 tail.
const ipv6_compressed_hex4dec_regex = ipv6_compressed_hext4dec_lead_hextets0 |
	ipv6_compressed_hext4dec_lead_hextets1 | ipv6_compressed_hext4dec_lead_hextets2 |
	ipv6_compressed_hext4dec_lead_hextets3 | ipv6_compressed_hext4dec_lead_hextets4 |
	ipv6_compressed_hext4dec_lead_hextets5;

## Any IPv6 address text.
const ipv6_addr_regex = ipv6_8hex_regex | ipv6_compressed_hex_regex | ipv6_hex4dec_regex |
	ipv6_compressed_hex4dec_regex;

## Any IPv4 or IPv6 address text.
const ip_addr_regex = ipv4_addr_regex | ipv6_addr_regex;

## T if every element is a decimal number up to 255.
function has_valid_octets(octets: string_vec): bool
	{
	for ( i in octets )
		if ( to_count(octets[i]) > 255 )
			return F;
	return T;
	}

# The characters that may close an address opened by the given one (check_wrapping).
const addr_wrappers: table[string] of string = { ["["] = "]", ["("] = ")", ["{"] = "}", [" "] = " " };

## The valid IP addresses in `input`, in order. With `check_wrapping`, only those that
## are the whole string or sit between matching brackets, parentheses, braces or blanks.
function extract_ip_addresses(input: string, check_wrapping: bool &default=F): string_vec
	{
	local found: string_vec = vector();
	# Matches are at the odd positions, the text around them at the even ones.
	local parts = split_string_all(input, ip_addr_regex);
	local i = 1;
	while ( i < |parts| )
		{
		local cand = parts[i];
		if ( is_valid_ip(cand) )
			{
			if ( ! check_wrapping )
				found += cand;
			else if ( i + 1 < |parts| )
				{
				local before = parts[i - 1];
				local after = parts[i + 1];
				if ( |before| == 0 && |after| == 0 )
					found += cand;
				else if ( |before| > 0 && |after| > 0 && before[-1] in addr_wrappers &&
				          addr_wrappers[before[-1]] == after[0] )
					found += cand;
				}
			}
		i += 2;
		}
	return found;
	}

## The address as text for a URI: IPv6 addresses in square brackets.
function addr_to_uri(a: addr): string
	{
	if ( is_v4_addr(a) )
		return cat(a);
	return "[" + cat(a) + "]";
	}

## The hex digits of `a` as a lower-case MAC address, "00:a0:32:d7:81:8f" (12 digits) or
## with eight groups (16 digits); "" for any other number of hex digits.
function normalize_mac(a: string): string
	{
	local hex = to_lower(gsub(a, /[^0-9A-Fa-f]/, ""));
	if ( |hex| != 12 && |hex| != 16 )
		return "";
	local cuts: index_vec = vector();
	local at = 2;
	while ( at < |hex| )
		{
		cuts += at;
		at += 2;
		}
	return join_string_vec(str_split_indices(hex, cuts), ":");
	}
