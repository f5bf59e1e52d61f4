##! Zeek's base/utils/site (engine.md 2.11): which addresses are local. conn.log
##! local_orig/local_resp test the originator and responder against local_nets, plus
##! private_address_space while private_address_space_is_local is T (the engine reads
##! these after the redefs, so `redef Site::local_nets += { … }` shows in conn.log).
##!
##! The lookup functions follow Zeek's: an address is local when it is in local_nets or,
##! while private_address_space_is_local is T, in private_address_space. rxbro has no
##! Option::set change handlers, so local_nets itself is never rewritten; the union is
##! taken when asking, and local_nets_table and the DNS-zone patterns are built once in
##! zeek_init (a redef before then is seen; a later assignment is not).

@load ./patterns

module Site;

export {
	## Private, reserved and documentation address space (RFC 6890 and their 6to4 images);
	## the list src/conn/localNets.ts uses when this script is not loaded.
	option private_address_space: set[subnet] = {
		0.0.0.0/8, 10.0.0.0/8, 100.64.0.0/10, 127.0.0.0/8,
		169.254.0.0/16, 172.16.0.0/12, 192.0.0.0/24, 192.0.2.0/24,
		192.168.0.0/16, 198.18.0.0/15, 198.51.100.0/24, 203.0.113.0/24,
		224.0.0.0/24, 239.0.0.0/8, 240.0.0.0/4, 255.255.255.255/32,
		[2002::]/24, [2002:a00::]/24, [2002:6440::]/26, [2002:7f00::]/24,
		[2002:a9fe::]/32, [2002:ac10::]/28, [2002:c000::]/40, [2002:c000:200::]/40,
		[2002:c0a8::]/32, [2002:c612::]/31, [2002:c633:6400::]/40, [2002:cb00:7100::]/40,
		[2002:e000::]/40, [2002:ef00::]/24, [2002:f000::]/20, [2002:ffff:ffff::]/48,
		[::]/128, [::1]/128, [64:ff9b:1::]/48, [100::]/64,
		[2001::]/23, [2001:2::]/48, [2001:db8::]/32, [fc00::]/7,
		[fe80::]/10, [fec0::]/10
	};

	## Networks considered local (besides private_address_space, see below).
	option local_nets: set[subnet] = {};

	## Whether private_address_space counts as local.
	option private_address_space_is_local = T;

	## Each local network (local_nets plus, if it counts as local, the private address
	## space) indexed by itself: `t[a]` gives the most specific local subnet holding `a`.
	global local_nets_table: table[subnet] of subnet = {};

	## Networks considered neighbors.
	option neighbor_nets: set[subnet] = {};

	## The e-mail addresses responsible for parts of the address space.
	option local_admins: table[subnet] of set[string] = {};

	## DNS zones considered local.
	option local_zones: set[string] = {};

	## DNS zones considered neighbors.
	option neighbor_zones: set[string] = {};

	## T if `a` is in local_nets (or in private_address_space while that counts as local).
	global is_local_addr: function(a: addr): bool;

	## T if `a` is in neighbor_nets.
	global is_neighbor_addr: function(a: addr): bool;

	## T if `a` is in private_address_space.
	global is_private_addr: function(a: addr): bool;

	## T if the host name is one of local_zones or a name below one.
	global is_local_name: function(name: string): bool;

	## T if the host name is one of neighbor_zones or a name below one.
	global is_neighbor_name: function(name: string): bool;

	## The administrators of every local_admins subnet (IPv4 prefixes /1 to /32) holding
	## `a`, joined with ", "; "" when there are none.
	global get_emails: function(a: addr): string;
}

# Built from local_zones and neighbor_zones in zeek_init; until then nothing matches.
global local_dns_suffix_regex: pattern = /MATCH_NOTHING/;
global local_dns_neighbor_suffix_regex: pattern = /MATCH_NOTHING/;

function is_local_addr(a: addr): bool
	{
	if ( a in local_nets )
		return T;
	return private_address_space_is_local && a in private_address_space;
	}

function is_neighbor_addr(a: addr): bool
	{
	return a in neighbor_nets;
	}

function is_private_addr(a: addr): bool
	{
	return a in private_address_space;
	}

function is_local_name(name: string): bool
	{
	return local_dns_suffix_regex in name;
	}

function is_neighbor_name(name: string): bool
	{
	return local_dns_neighbor_suffix_regex in name;
	}

function get_emails(a: addr): string
	{
	local found: set[string] = set();
	local bits = 1;
	while ( bits <= 32 )
		{
		local net = mask_addr(a, bits);
		if ( net in local_admins )
			for ( who in local_admins[net] )
				if ( who != "" )
					add found[who];
		++bits;
		}
	return join_string_set(found, ", ");
	}

# A zone matches itself, with or without a leading dot, and any name ending in ".zone".
function zone_suffix_pattern(zones: set[string]): pattern
	{
	return set_to_regex(zones, "(^\\.?|\\.)(~~)$");
	}

event zeek_init() &priority=10
	{
	local_nets_table = table();
	for ( net in local_nets )
		local_nets_table[net] = net;
	if ( private_address_space_is_local )
		for ( net in private_address_space )
			local_nets_table[net] = net;
	local_dns_suffix_regex = zone_suffix_pattern(local_zones);
	local_dns_neighbor_suffix_regex = zone_suffix_pattern(neighbor_zones);
	}
