##! Zeek's base/utils/directions-and-hosts: naming a direction of a connection, or a
##! class of hosts, relative to the local networks (Site::is_local_addr).

@load ./site

module GLOBAL;

export {
	## A direction relative to the local networks.
	type Direction: enum {
		## From a remote originator to a local responder.
		INBOUND,
		## From a local originator to a remote responder.
		OUTBOUND,
		## Either of the two: exactly one side is local.
		BIDIRECTIONAL,
		## Matches no connection.
		NO_DIRECTION,
	};

	## A class of hosts relative to the local networks.
	type Host: enum {
		## Hosts on the local networks.
		LOCAL_HOSTS,
		## Hosts elsewhere.
		REMOTE_HOSTS,
		## Every host.
		ALL_HOSTS,
		## Matches no host.
		NO_HOSTS,
	};

	## T if the connection's endpoints are local/remote the way `d` says.
	global id_matches_direction: function(id: conn_id, d: Direction): bool;

	## T if the address belongs to the class of hosts `h`.
	global addr_matches_host: function(ip: addr, h: Host): bool;
}

function id_matches_direction(id: conn_id, d: Direction): bool
	{
	if ( d == NO_DIRECTION )
		return F;

	local orig_local = Site::is_local_addr(id$orig_h);
	local resp_local = Site::is_local_addr(id$resp_h);

	switch ( d ) {
	case INBOUND:
		return resp_local && ! orig_local;
	case OUTBOUND:
		return orig_local && ! resp_local;
	default:
		# BIDIRECTIONAL: one side local, the other not.
		return orig_local != resp_local;
	}
	}

function addr_matches_host(ip: addr, h: Host): bool
	{
	switch ( h ) {
	case ALL_HOSTS:
		return T;
	case LOCAL_HOSTS:
		return Site::is_local_addr(ip);
	case REMOTE_HOSTS:
		return ! Site::is_local_addr(ip);
	default:
		return F;
	}
	}
