##! Zeek's base/utils/site (engine.md 2.11): which addresses are local. conn.log
##! local_orig/local_resp test the originator and responder against local_nets, plus
##! private_address_space while private_address_space_is_local is T (the engine reads
##! these after the redefs, so `redef Site::local_nets += { … }` shows in conn.log).

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
}
