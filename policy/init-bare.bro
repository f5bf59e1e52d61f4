##! Declarations every script can rely on, loaded before anything else (also with -b).
##! rxbro's counterpart of Zeek's scripts/base/init-bare.zeek: the engine's record types
##! (engine.md §2.3), its core events (engine.md §3.2) and the tunables of language.md §5.8
##! and engine.md Appendix A, all `&redef` so scripts can change them.

# ### Common container types

type string_vec: vector of string;

## str_smith_waterman's parameters and result (Zeek's init-bare; src/runtime/builtins/smithWaterman.ts).
type sw_params: record {
	min_strlen: count &default = 3;
	sw_variant: count &default = 0;
};
type sw_align: record {
	str: string;
	index: count;
};
type sw_align_vec: vector of sw_align;
type sw_substring: record {
	str: string;
	aligns: sw_align_vec;
	new: bool;
};
type sw_substring_vec: vector of sw_substring;
type string_array: table[count] of string;
type string_set: set[string];
type addr_set: set[addr];
type addr_vec: vector of addr;
type count_set: set[count];
type index_vec: vector of count;
type subnet_vec: vector of subnet;
type subnet_set: set[subnet];
type port_set: set[port];
type table_string_of_string: table[string] of string;
type table_string_of_count: table[string] of count;

type transport_proto: enum { unknown_transport, tcp, udp, icmp };

## Why an &on_change function was called (language.md §7.6).
type TableChange: enum {
	TABLE_ELEMENT_NEW,
	TABLE_ELEMENT_CHANGED,
	TABLE_ELEMENT_REMOVED,
	TABLE_ELEMENT_EXPIRED,
};

# ### Connections (engine.md §2.3)

## Hook for VLAN-aware connection keys; always empty in rxbro.
type conn_id_ctx: record {
};

type conn_id: record {
	orig_h: addr &log;
	orig_p: port &log;
	resp_h: addr &log;
	resp_p: port &log;
	proto: count &default = 65535;
	ctx: conn_id_ctx &log &default = conn_id_ctx();
};

## Where an address is on the map (Zeek's init-bare; notice.log's `remote_location`). rxbro has no
## GeoIP database, so nothing fills it.
type geo_location: record {
	country_code: string &optional;
	region: string &optional;
	city: string &optional;
	latitude: double &optional;
	longitude: double &optional;
} &log;

type endpoint: record {
	size: count;
	state: count;
	num_pkts: count &optional;
	num_bytes_ip: count &optional;
	flow_label: count;
	l2_addr: string &optional;
};

## Tunnels (engine.md 1.14, docs/tunnels.md): the kinds of tunnel a connection can be seen in,
## and the constants the engine reads after the redefs.
module Tunnel;
export {
	type Type: enum { NONE, IP, AYIYA, TEREDO, SOCKS, GTPv1, HTTP, GRE, VXLAN, GENEVE };
	type Action: enum { DISCOVER, CLOSE, EXPIRE };
	## How many tunnels a packet may be nested in; a deeper one is the weird exceeded_tunnel_max_depth.
	const max_depth: count = 2 &redef;
	## An IP-in-IP/GRE tunnel idle this long gets a new uid when it is seen again.
	const ip_tunnel_timeout = 24hrs &redef;
	## tunnel.log: a tunnel no new connection used for this long is logged as EXPIRE.
	const expiration_interval = 1hrs &redef;
}
module GLOBAL;

type EncapsulatingConn: record {
	cid: conn_id;
	tunnel_type: Tunnel::Type;
	uid: string &optional;
};

type EncapsulatingConnVector: vector of EncapsulatingConn;

type connection: record {
	id: conn_id;
	orig: endpoint;
	resp: endpoint;
	start_time: time;
	duration: interval;
	service: set[string] &ordered;
	history: string;
	uid: string;
	tunnel: EncapsulatingConnVector &optional;
	vlan: int &optional;
	inner_vlan: int &optional;
	## Zeek's flag (src/conn/successful.ts): set only when a script uses it or its events (docs/deviations.md).
	successful: bool &optional;
};

type SYN_packet: record {
	is_orig: bool;
	DF: bool;
	ttl: count;
	size: count;
	win_size: count;
	win_scale: int;
	MSS: count;
	SACK_OK: bool;
	TSval: count &optional;
	TSecr: count &optional;
};

## Headers of `pkt_hdr` (the argument of new_packet; engine.md 3.2).
type ip4_hdr: record {
	hl: count;
	tos: count;
	len: count;
	id: count;
	ttl: count;
	p: count;
	src: addr;
	dst: addr;
};

## IPv6 extension headers (engine.md 1.8): Zeek's types and field order. `ip6_hdr$exts`
## lists the chain between the fixed header and the transport, one `ip6_ext_hdr`
## per header: `id` is its protocol number and only the matching field is set.
type ip6_option: record {
	otype: count;
	len: count;
	data: string;
};

type ip6_options: vector of ip6_option;

type ip6_hopopts: record {
	nxt: count;
	len: count;
	options: ip6_options;
};

type ip6_dstopts: record {
	nxt: count;
	len: count;
	options: ip6_options;
};

type ip6_routing: record {
	nxt: count;
	len: count;
	rtype: count;
	segleft: count;
	data: string;
};

type ip6_fragment: record {
	nxt: count;
	rsv1: count;
	offset: count;
	rsv2: count;
	more: bool;
	id: count;
};

## `seq` and `data` are unset when the payload length field is 0.
type ip6_ah: record {
	nxt: count;
	len: count;
	rsv: count;
	spi: count;
	seq: count &optional;
	data: string &optional;
};

type ip6_esp: record {
	spi: count;
	seq: count;
};

type ip6_mobility_brr: record {
	rsv: count;
	options: vector of ip6_option;
};

type ip6_mobility_hoti: record {
	rsv: count;
	cookie: count;
	options: vector of ip6_option;
};

type ip6_mobility_coti: record {
	rsv: count;
	cookie: count;
	options: vector of ip6_option;
};

type ip6_mobility_hot: record {
	nonce_idx: count;
	cookie: count;
	token: count;
	options: vector of ip6_option;
};

type ip6_mobility_cot: record {
	nonce_idx: count;
	cookie: count;
	token: count;
	options: vector of ip6_option;
};

type ip6_mobility_bu: record {
	seq: count;
	a: bool;
	h: bool;
	l: bool;
	k: bool;
	life: count;
	options: vector of ip6_option;
};

type ip6_mobility_back: record {
	status: count;
	k: bool;
	seq: count;
	life: count;
	options: vector of ip6_option;
};

type ip6_mobility_be: record {
	status: count;
	hoa: addr;
	options: vector of ip6_option;
};

type ip6_mobility_msg: record {
	id: count;
	brr: ip6_mobility_brr &optional;
	hoti: ip6_mobility_hoti &optional;
	coti: ip6_mobility_coti &optional;
	hot: ip6_mobility_hot &optional;
	cot: ip6_mobility_cot &optional;
	bu: ip6_mobility_bu &optional;
	back: ip6_mobility_back &optional;
	be: ip6_mobility_be &optional;
};

type ip6_mobility_hdr: record {
	nxt: count;
	len: count;
	mh_type: count;
	rsv: count;
	chksum: count;
	msg: ip6_mobility_msg;
};

type ip6_ext_hdr: record {
	id: count;
	hopopts: ip6_hopopts &optional;
	dstopts: ip6_dstopts &optional;
	routing: ip6_routing &optional;
	fragment: ip6_fragment &optional;
	ah: ip6_ah &optional;
	esp: ip6_esp &optional;
	mobility: ip6_mobility_hdr &optional;
};

type ip6_ext_hdr_chain: vector of ip6_ext_hdr;

type ip6_hdr: record {
	class: count;
	flow: count;
	len: count;
	nxt: count;
	hlim: count;
	src: addr;
	dst: addr;
	exts: ip6_ext_hdr_chain;
};

type tcp_hdr: record {
	sport: port;
	dport: port;
	seq: count;
	ack: count;
	hl: count;
	dl: count;
	reserved: count;
	flags: count;
	win: count;
};

type udp_hdr: record {
	sport: port;
	dport: port;
	ulen: count;
};

type icmp_hdr: record {
	icmp_type: count;
};

type pkt_hdr: record {
	ip: ip4_hdr &optional;
	ip6: ip6_hdr &optional;
	tcp: tcp_hdr &optional;
	udp: udp_hdr &optional;
	icmp: icmp_hdr &optional;
};

type icmp_info: record {
	v6: bool;
	itype: count;
	icode: count;
	len: count;
	ttl: count;
};

type icmp_context: record {
	id: conn_id;
	len: count;
	proto: count;
	frag_offset: count;
	bad_hdr_len: bool;
	bad_checksum: bool;
	MF: bool;
	DF: bool;
};

type signature_state: record {
	sig_id: string;
	id: string;
	conn: connection;
	is_orig: bool;
	payload_size: count;
};

# ### Process lifetime events (language.md §5.6)

global zeek_init: event();
global zeek_done: event();
global network_time_init: event();
global zeek_script_loaded: event(path: string, level: count);
global net_done: event(t: time);

# ### Connection events (engine.md §3.2)

global new_connection: event(c: connection);
global new_connection_contents: event(c: connection);
global connection_flipped: event(c: connection);
global connection_reused: event(c: connection);
global connection_timeout: event(c: connection);
global connection_state_remove: event(c: connection);
global connection_status_update: event(c: connection);
global connection_flow_label_changed: event(c: connection, is_orig: bool, old_label: count, new_label: count);
## A packet of the connection came through other tunnels than the one before (engine.md 2.1).
global tunnel_changed: event(c: connection, e: EncapsulatingConnVector);
## A VXLAN / Geneve packet whose inner packet was analysed: the outer connection, the inner headers, the VNI.
global vxlan_packet: event(outer: connection, inner: pkt_hdr, vni: count);
global geneve_packet: event(outer: connection, inner: pkt_hdr, vni: count);
global new_packet: event(c: connection, p: pkt_hdr);
global ipv6_ext_headers: event(c: connection, p: pkt_hdr);
global packet_contents: event(c: connection, contents: string);
global content_gap: event(c: connection, is_orig: bool, seq: count, length: count);
global conn_weird: event(name: string, c: connection, addl: string, source: string);
global flow_weird: event(name: string, src: addr, dst: addr, addl: string, source: string);
global net_weird: event(name: string, addl: string, source: string);
# A conn weird a script reports for a connection no longer in the session table (Reporter::conn_weird).
global expired_conn_weird: event(name: string, id: conn_id, uid: string, addl: string, source: string);
global expired_conn_weird: event(name: string, id: conn_id, uid: string, addl: string);
# The prototypes from before `source` was added, as alternates, so handlers written for them still run.
global conn_weird: event(name: string, c: connection, addl: string);
global flow_weird: event(name: string, src: addr, dst: addr, addl: string);
global net_weird: event(name: string, addl: string);
# Bro 1.x-3.x had no `addl` on flow/net weirds and a two-argument conn_weird; scripts from then still run.
global conn_weird: event(name: string, c: connection);
global flow_weird: event(name: string, src: addr, dst: addr);
global net_weird: event(name: string);

global connection_SYN_packet: event(c: connection, pkt: SYN_packet);
global connection_first_ACK: event(c: connection);
global connection_established: event(c: connection);
global partial_connection: event(c: connection);
global connection_attempt: event(c: connection);
global connection_rejected: event(c: connection);
global connection_reset: event(c: connection);
global connection_finished: event(c: connection);
global connection_half_finished: event(c: connection);
global connection_partial_close: event(c: connection);
global connection_pending: event(c: connection);
global connection_EOF: event(c: connection, is_orig: bool);
global tcp_packet: event(c: connection, is_orig: bool, flags: string, seq: count, ack: count, len: count, payload: string);
global tcp_option: event(c: connection, is_orig: bool, opt: count, optlen: count);
global tcp_contents: event(c: connection, is_orig: bool, seq: count, contents: string);
global rexmit_inconsistency: event(c: connection, t1: string, t2: string, tcp_flags: string);
global tcp_multiple_checksum_errors: event(c: connection, is_orig: bool, threshold: count);
global tcp_multiple_retransmissions: event(c: connection, is_orig: bool, threshold: count);
global tcp_multiple_zero_windows: event(c: connection, is_orig: bool, threshold: count);
global tcp_multiple_gap: event(c: connection, is_orig: bool, threshold: count);

global udp_request: event(u: connection);
global udp_reply: event(u: connection);
global udp_contents: event(u: connection, is_orig: bool, contents: string);
global udp_multiple_checksum_errors: event(u: connection, is_orig: bool, threshold: count);
global udp_session_done: event(u: connection);

global icmp_echo_request: event(c: connection, info: icmp_info, id: count, seq: count, payload: string);
global icmp_echo_reply: event(c: connection, info: icmp_info, id: count, seq: count, payload: string);
global icmp_unreachable: event(c: connection, info: icmp_info, code: count, context: icmp_context);
global icmp_time_exceeded: event(c: connection, info: icmp_info, code: count, context: icmp_context);
global icmp_packet_too_big: event(c: connection, info: icmp_info, code: count, context: icmp_context);
global icmp_parameter_problem: event(c: connection, info: icmp_info, code: count, context: icmp_context);
global icmp_error_message: event(c: connection, info: icmp_info, code: count, context: icmp_context);
global icmp_sent: event(c: connection, info: icmp_info);
global icmp_sent_payload: event(c: connection, info: icmp_info, payload: string);

## A signature's `event "msg"` fired (engine.md 5.10): the canonical form carries `end_of_match`, the offset
## just past the match inside `data`; the 3-parameter alternate prototype (Zeek >= 4.1) serves older handlers.
global signature_match: event(state: signature_state, msg: string, data: string, end_of_match: count);
global signature_match: event(state: signature_state, msg: string, data: string);
## A signature's `enable "analyzer"` fired after the DPD buffer was exhausted (engine.md 5.8);
## `atype` is the analyzer name in lower case.
global protocol_late_match: event(c: connection, atype: string);

# ### Tunables (language.md §5.8, engine.md Appendix A)

const table_expire_interval = 10 secs &redef;
const table_incremental_step = 5000 &redef;
const table_expire_delay = 0.01 secs &redef;
## rxbro only: with T, every table entry expires at exactly its due network time instead of
## at Zeek's sweep times (table_expire_interval batches). Default F: Zeek-exact.
const table_expire_exact = F &redef;
const max_timer_expires = 300 &redef;
const exit_only_after_terminate = F &redef;
const state_dir = ".state" &redef;

const ignore_checksums = F &redef;
option ignore_checksums_nets: set[subnet] = set();
const frag_timeout = 5 min &redef;
const partial_connection_ok = T &redef;
const tcp_SYN_ack_ok = T &redef;
const likely_server_ports: set[port] &redef;
const bits_per_uid = 96 &redef;
const use_conn_size_analyzer = T &redef;

const tcp_SYN_timeout = 5 secs &redef;
const tcp_session_timer = 6 secs &redef;
const tcp_connection_linger = 5 secs &redef;
const tcp_attempt_delay = 5 secs &redef;
const tcp_close_delay = 5 secs &redef;
const tcp_reset_delay = 5 secs &redef;
const tcp_partial_close_delay = 3 secs &redef;
const tcp_inactivity_timeout = 5 min &redef;
const udp_inactivity_timeout = 1 min &redef;
const icmp_inactivity_timeout = 1 min &redef;
const unknown_ip_inactivity_timeout = 1 min &redef;
const non_analyzed_lifetime = 0 secs &redef;
const tcp_storm_thresh = 1000 &redef;
const tcp_storm_interarrival_thresh = 1 sec &redef;
const tcp_max_initial_window = 16384 &redef;
const tcp_max_above_hole_without_any_acks = 16384 &redef;
const tcp_excessive_data_without_further_acks = 10485760 &redef;
const tcp_max_old_segments = 0 &redef;
const tcp_match_undelivered = T &redef;
const report_gaps_for_partial = F &redef;
const detect_filtered_trace = F &redef;
const tcp_content_deliver_all_orig = F &redef;
const tcp_content_deliver_all_resp = F &redef;
const tcp_content_delivery_ports_orig: table[port] of bool = {} &redef;
const tcp_content_delivery_ports_resp: table[port] of bool = {} &redef;
const udp_content_deliver_all_orig = F &redef;
const udp_content_deliver_all_resp = F &redef;
const udp_content_delivery_ports_orig: table[port] of bool = {} &redef;
const udp_content_delivery_ports_resp: table[port] of bool = {} &redef;
const udp_content_ports: set[port] = {} &redef;
const udp_content_delivery_ports_use_resp = F &redef;
const dpd_reassemble_first_packets = T &redef;
const dpd_buffer_size = 1024 &redef;
const dpd_max_packets = 100 &redef;
const dpd_match_only_beginning = T &redef;
const dpd_late_match_stop = F &redef;
const dpd_ignore_ports = F &redef;
const sig_max_group_size = 50 &redef;
## `interfaces` and `signature_files` grow by `redef … += "x"`: their &add_func joins with a space.
function add_interface(iold: string, inew: string): string
	{
	return iold == "" ? inew : fmt("%s %s", iold, inew);
	}
global interfaces = "" &add_func = add_interface;

function add_signature_file(sold: string, snew: string): string
	{
	return sold == "" ? snew : cat(sold, " ", snew);
	}
global signature_files = "" &add_func = add_signature_file;
const dns_session_timeout = 10 secs &redef;
## Profiling (engine.md 6.3): prof.log is written while profiling_interval > 0; policy/profiling.bro
## opens profiling_file and sets the intervals.
global profiling_file: file &redef;
const profiling_interval = 0 secs &redef;
const expensive_profiling_multiple = 0 &redef;
## Packet profiling (engine.md 6.4): pkt-prof.log every pkt_profile_freq seconds, packets or bytes.
type pkt_profile_modes: enum {
	PKT_PROFILE_MODE_NONE,
	PKT_PROFILE_MODE_SECS,
	PKT_PROFILE_MODE_PKTS,
	PKT_PROFILE_MODE_BYTES,
};
const pkt_profile_mode = PKT_PROFILE_MODE_NONE &redef;
const pkt_profile_freq = 0.0 &redef;
global pkt_profile_file: file &redef;
## Dispatched right after each prof.log record, so scripts can add their own lines to `f`.
global profiling_update: event(f: file, expensive: bool);
const heartbeat_interval = 10 secs &redef;

## Old Bro scripts set this from their own net_done handler (language.md §6.4); no handler here, because
## a net_done handler changes the termination sequence (§5.7 step 2).
global done_with_network = F;

module Weird;
export {
	const sampling_threshold = 25 &redef;
	const sampling_rate = 1000 &redef;
	const sampling_duration = 10 min &redef;
	## Weird names never rate-limited, and names rate-limited globally rather than per connection/flow.
	const sampling_whitelist: set[string] = {} &redef;
	const sampling_global_list: set[string] = {} &redef;
}

## The reporter (docs/reporter.md): messages of Reporter::info/warning/error and the engine's run-time
## errors reach these events (when handled) and stderr (while zeek_init runs, then as the options say).
module Reporter;
export {
	type Level: enum { INFO, WARNING, ERROR };
	const info_to_stderr = T &redef;
	const warnings_to_stderr = T &redef;
	const errors_to_stderr = T &redef;
}

module GLOBAL;
global reporter_info: event(t: time, msg: string, location: string);
global reporter_warning: event(t: time, msg: string, location: string);
global reporter_error: event(t: time, msg: string, location: string);

module UnknownProtocol;
export {
	const sampling_threshold = 3 &redef;
	const sampling_rate = 100000 &redef;
	const sampling_duration = 1 hr &redef;
	const first_bytes_count = 10 &redef;
}

module PacketAnalyzer;
export {
	const max_depth = 25 &redef;
}

module Stats;
export {
	const report_interval = 5 min &redef;
}

module GLOBAL;

# Connection built-ins (src/runtime/builtins/connections.ts): the records get_conn_stats() and
# packet_source() return, so scripts can name them.
type ConnStats: record {
	total_conns: count;
	current_conns: count;
	sess_current_conns: count;
	num_packets: count;
	num_fragments: count;
	max_fragments: count;
	num_tcp_conns: count;
	max_tcp_conns: count;
	cumulative_tcp_conns: count;
	num_udp_conns: count;
	max_udp_conns: count;
	cumulative_udp_conns: count;
	num_icmp_conns: count;
	max_icmp_conns: count;
	cumulative_icmp_conns: count;
	num_packets_unprocessed: count;
	killed_by_inactivity: count;
};

# Stats built-ins (src/runtime/builtins/stats.ts, engine.md 6.1): Zeek's records, and old Bro's
# bro_resources for resource_usage().
type ProcStats: record {
	debug: bool;
	start_time: time;
	real_time: interval;
	user_time: interval;
	system_time: interval;
	mem: count;
	minor_faults: count;
	major_faults: count;
	num_swap: count;
	blocking_input: count;
	blocking_output: count;
	num_context: count;
};

## Names for precompiled capture filters (Pcap::precompile_pcap_filter); scripts add their own.
type PcapFilterID: enum { None };

module Pcap;
export {
	## How precompiling a filter went (Pcap::get_filter_state): it compiled, or it did not.
	type filter_state: enum { ok, fatal, warning };
}
module GLOBAL;

## The `-f` filter as given on the command line ("" without one); the engine sets it. The
## PacketFilter framework (base/frameworks/packet-filter) installs it in place of its own.
const cmd_line_bpf_filter = "" &redef;

## Named BPF expressions the PacketFilter framework ORs into the capture filter.
global capture_filters: table[string] of string &redef;

## Named BPF expressions the PacketFilter framework ANDs onto the capture filter.
global restrict_filters: table[string] of string &redef;

## This node's name in packet_filter.log (Zeek's default).
const peer_description = "zeek" &redef;

type NetStats: record {
	pkts_recvd: count;
	pkts_dropped: count;
	pkts_link: count;
	bytes_recvd: count;
	pkts_filtered: count &optional;
};

type EventStats: record {
	queued: count;
	dispatched: count;
};

type TimerStats: record {
	current: count;
	max: count;
	cumulative: count;
};

type ReassemblerStats: record {
	file_size: count;
	frag_size: count;
	tcp_size: count;
	unknown_size: count;
};

type FileAnalysisStats: record {
	current: count;
	max: count;
	cumulative: count;
};

type DNSStats: record {
	requests: count;
	successful: count;
	failed: count;
	pending: count;
	cached_hosts: count;
	cached_addresses: count;
};

type bro_resources: record {
	version: string;
	debug: bool;
	start_time: time;
	real_time: interval;
	user_time: interval;
	system_time: interval;
	mem: count;
	minor_faults: count;
	major_faults: count;
	num_swap: count;
	blocking_input: count;
	blocking_output: count;
	num_context: count;
	num_TCP: count;
	num_UDP: count;
	num_ICMP: count;
	num_fragments: count;
	num_packets: count;
	num_timers: count;
	num_events_queued: count;
	num_events_dispatched: count;
	max_TCP: count;
	max_UDP: count;
	max_ICMP: count;
	max_fragments: count;
	max_timers: count;
};

type PacketSource: record {
	live: bool;
	path: string;
	link_type: int;
	netmask: count;
};

# Connection removal hooks (base/protocols/conn/removal-hooks registers them): the hook type and
# the connection field that holds a connection's hooks.
module Conn;

export {
	## A hook called once when its connection is removed (Conn::register_removal_hook).
	type RemovalHook: hook(c: connection);
}

module GLOBAL;

redef record connection += {
	removal_hooks: set[Conn::RemovalHook] &optional;
};

## The connection record of a live connection; for an unknown id, an error and a dummy record
## (0.0.0.0:0/udp both ways, empty endpoints, the current network time).
function lookup_connection(cid: conn_id): connection
	{
	return __lookup_connection(cid) as connection;
	}

# find_entropy()/entropy_test_finish() (src/runtime/builtins/entropy.ts): Zeek's result record.
type entropy_test_result: record {
	entropy: double;
	chi_square: double;
	mean: double;
	monte_carlo_pi: double;
	serial_correlation: double;
};

# global_ids() (compiler/lower/scopeBuiltins.ts): Zeek's description of one global.
type id_info: record {
	type_name: string;
	exported: bool;
	constant: bool;
	enum_constant: bool;
	option_value: bool;
	redefinable: bool;
	broker_backend: bool;
	value: any &optional;
};

# record_fields() (compiler/lower/typeBuiltins.ts): Zeek's description of one record field.
type record_field: record {
	type_name: string;
	log: bool;
	value: any &optional;
	default_val: any &optional;
	optional: bool;
};

type record_field_table: table[string] of record_field;

# from_json() (src/runtime/builtins/json.ts): the value read, or why not.
type from_json_result: record {
	v: any &optional;
	valid: bool;
	err: string &optional;
};

# parse_ftp_port() and friends (src/runtime/builtins/ftp.ts): Zeek's FTP address record.
type ftp_port: record {
	h: addr;
	p: port;
	valid: bool;
};

# ### Logging framework (docs/logging.md): in Zeek's init-bare too, so bare runs can log.
@load base/frameworks/logging
