##! Connection summaries: the conn_state codes of Zeek's conn script
##! (base/protocols/conn/main.zeek; engine.md 2.10), for scripts that want them
##! without the whole logging framework. rxbro itself writes conn.log in TypeScript
##! (src/conn/connLog.ts) using the same rules.

module Conn;

export {
	## The conn.log `conn_state` code of a connection, computed from its
	## final endpoint states (call it from connection_state_remove).
	global conn_state: function(c: connection, trans: transport_proto): string;
}

# Endpoint states of engine.md 2.6 (TCP) and 2.3 (UDP/ICMP: 1 = active).
const TCP_INACTIVE = 0;
const TCP_SYN_SENT = 1;
const TCP_SYN_ACK_SENT = 2;
const TCP_PARTIAL = 3;
const TCP_ESTABLISHED = 4;
const TCP_CLOSED = 5;
const TCP_RESET = 6;
const UDP_ACTIVE = 1;

function conn_state(c: connection, trans: transport_proto): string
	{
	local os = c$orig$state;
	local rs = c$resp$state;
	local o_inactive = os == TCP_INACTIVE || os == TCP_PARTIAL;
	local r_inactive = rs == TCP_INACTIVE || rs == TCP_PARTIAL;

	if ( trans == tcp )
		{
		if ( rs == TCP_RESET )
			{
			if ( os == TCP_SYN_SENT || os == TCP_SYN_ACK_SENT ||
			     (os == TCP_RESET && c$orig$size == 0 && c$resp$size == 0) )
				return "REJ";
			return o_inactive ? "RSTRH" : "RSTR";
			}
		if ( os == TCP_RESET )
			{
			if ( r_inactive )
				return /\^?S[^HAFGIQ]*R.*/ == c$history ? "RSTOS0" : "OTH";
			return "RSTO";
			}
		if ( rs == TCP_CLOSED && os == TCP_CLOSED )
			return "SF";
		if ( os == TCP_CLOSED )
			return r_inactive ? "SH" : "S2";
		if ( rs == TCP_CLOSED )
			return o_inactive ? "SHR" : "S3";
		if ( os == TCP_SYN_SENT && rs == TCP_INACTIVE )
			return "S0";
		if ( os == TCP_ESTABLISHED && rs == TCP_ESTABLISHED )
			return "S1";
		return "OTH";
		}

	if ( trans == udp )
		{
		if ( os == UDP_ACTIVE )
			return rs == UDP_ACTIVE ? "SF" : "S0";
		return rs == UDP_ACTIVE ? "SHR" : "OTH";
		}

	return "OTH";
	}
