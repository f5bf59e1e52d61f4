##! base/protocols/conn/main: conn.log's columns as a log stream (Zeek's Conn::Info, Conn::LOG,
##! Conn::log_conn, Conn::log_policy, c$conn). rxbro writes conn.log straight from the engine unless a
##! script uses one of these (reads or sets c$conn, adds a Conn::Info field, handles Conn::log_conn or
##! Conn::log_policy, names Conn::LOG); then the engine fills c$conn at connection_state_remove
##! (priority 5) and writes it through the stream (priority -5), as Zeek's conn script does
##! (src/engine/connLogStream.ts, docs/logging.md).

module Conn;

export {
	redef enum Log::ID += { LOG };

	## Policy hook of the conn.log stream (a `break` keeps a connection out of the log).
	global log_policy: Log::PolicyHook;

	## One conn.log row.
	type Info: record {
		## First packet.
		ts: time &log;
		## The connection's unique id.
		uid: string &log;
		## Addresses and ports.
		id: conn_id &log;
		## Transport protocol.
		proto: transport_proto &log;
		## Detected application protocols, comma-separated.
		service: string &log &optional;
		## Duration (unset for a connection of one packet time).
		duration: interval &log &optional;
		## Payload bytes each way.
		orig_bytes: count &log &optional;
		resp_bytes: count &log &optional;
		## State summary (engine.md 2.10).
		conn_state: string &log &optional;
		## Whether each end is in Site::local_nets.
		local_orig: bool &log &optional;
		local_resp: bool &log &optional;
		## Bytes lost in content gaps.
		missed_bytes: count &log &default=0;
		## History letters.
		history: string &log &optional;
		## Packets and IP-level bytes each way.
		orig_pkts: count &log &optional;
		orig_ip_bytes: count &log &optional;
		resp_pkts: count &log &optional;
		resp_ip_bytes: count &log &optional;
		## Uids of encapsulating connections.
		tunnel_parents: set[string] &log &optional;
		## IP protocol number.
		ip_proto: count &log &optional;
	};

	## Raised with each conn.log row before it is written.
	global log_conn: event(rec: Info);
}

redef record connection += {
	## The connection's conn.log row, filled at connection_state_remove (priority 5).
	conn: Info &optional;
};

# The engine creates the stream (Log::create_stream(Conn::LOG, [$columns=Info, $ev=log_conn, $path="conn",
# $policy=log_policy])) after start-up, before zeek_init, and only when a script uses it: otherwise conn.log
# is written directly and no script statement runs for it (src/engine/connLogStream.ts).
