##! Helpers for building BPF expressions (Zeek: base/frameworks/packet-filter/utils).

module PacketFilter;

export {
	## The BPF expression for one port: its transport, then the number (`tcp and port 80`).
	global port_to_bpf: function(p: port): string;

	## Joins two expressions with `op` ("and"/"or"), each side in parentheses; an empty side
	## drops out, so building up from "" needs no special first step.
	global combine_filters: function(lfilter: string, op: string, rfilter: string): string;

	## A filter passing part `this_part` (0-based) of `num_parts` of the IPv4 and IPv6 traffic,
	## split by the sum of the address' low 16 bits (both directions of a flow land in one part).
	global sampling_filter: function(num_parts: count, this_part: count): string;
}

function port_to_bpf(p: port): string
	{
	return fmt("%s and port %d", get_port_transport_proto(p), p);
	}

function combine_filters(lfilter: string, op: string, rfilter: string): string
	{
	if ( lfilter == "" )
		return rfilter;
	if ( rfilter == "" )
		return lfilter;
	return fmt("(%s) %s (%s)", lfilter, op, rfilter);
	}

function sampling_filter(num_parts: count, this_part: count): string
	{
	local v4 = fmt("ip and ((ip[14:2]+ip[18:2]) - (%d*((ip[14:2]+ip[18:2])/%d)) == %d)", num_parts, num_parts, this_part);
	local v6 = fmt("ip6 and ((ip6[22:2]+ip6[38:2]) - (%d*((ip6[22:2]+ip6[38:2])/%d)) == %d)", num_parts, num_parts, this_part);
	return combine_filters(v4, "or", v6);
	}
