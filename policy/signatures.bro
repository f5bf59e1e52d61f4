##! The signatures framework (engine.md 5.12; Zeek: base/frameworks/signatures/main.zeek,
##! Old Bro: policy/signatures.bro): turns `signature_match` events into signatures.log entries
##! and notices (notice.log), with per-signature actions and scan accounting.
##!
##! signatures.log is written by the engine (src/engine/scriptLogs.ts) from the event
##! `Signatures::log_signature(rec)` this script raises; the notices go through the notice
##! framework (notice.bro), which writes notice.log through its `Notice::LOG` stream.

@load notice

module Signatures;

export {
	redef enum Notice::Type += {
		## A signature matched (its action asked for a notice).
		Sensitive_Signature,
		## One host triggered many different signatures on one responder.
		Multiple_Signatures,
		## One host triggered one signature on many responders.
		Multiple_Sig_Responders,
		## A SIG_COUNT_PER_RESP signature reached a threshold on a responder.
		Count_Signature,
		## SIG_SUMMARY: how often an originator triggered a signature in `summary_interval`.
		Signature_Summary,
	};

	## What to do with a match, per signature id (engine.md 5.12 table).
	type Action: enum {
		SIG_IGNORE,
		SIG_QUIET,
		SIG_LOG,
		SIG_FILE_BUT_NO_SCAN,
		SIG_ALARM,
		SIG_ALARM_PER_ORIG,
		SIG_ALARM_ONCE,
		SIG_COUNT_PER_RESP,
		SIG_SUMMARY,
	};

	## Old Bro's name of SIG_LOG.
	const SIG_FILE = SIG_LOG;

	## One signatures.log entry.
	type Info: record {
		ts: time;
		uid: string &optional;
		src_addr: addr &optional;
		src_port: port &optional;
		dst_addr: addr &optional;
		dst_port: port &optional;
		note: Notice::Type;
		sig_id: string &optional;
		event_msg: string &optional;
		sub_msg: string &optional;
		sig_count: count &optional;
		host_count: count &optional;
	};

	## Actions by signature id; ids not listed get SIG_ALARM.
	const actions: table[string] of Action = {
		["unspecified"] = SIG_IGNORE,
	} &redef &default = SIG_ALARM;

	## Signature ids matching this pattern are ignored like SIG_IGNORE.
	const ignored_ids = /NO_DEFAULT_MATCHES/ &redef;

	## Host counts at which Multiple_Sig_Responders is reported.
	const horiz_scan_thresholds = { 5, 10, 50, 100, 500, 1000 } &redef;
	## Signature counts at which Multiple_Signatures is reported.
	const vert_scan_thresholds = { 5, 10, 50, 100, 500, 1000 } &redef;
	## Match counts at which Count_Signature is reported.
	const count_thresholds = { 5, 10, 50, 100, 500, 1000, 10000, 1000000 } &redef;
	## How long SIG_SUMMARY counts before its notice.
	const summary_interval = 1 day &redef;

	## Raised for each signatures.log entry; the engine writes it.
	global log_signature: event(rec: Info);
}

## Old Bro's name of the action table.
global signature_actions = actions;

global horiz_table: table[addr, string] of addr_set &read_expire = 1 hr;
global vert_table: table[addr, addr] of string_set &read_expire = 1 hr;
global last_hthresh: table[addr] of count &read_expire = 1 hr;
global last_vthresh: table[addr] of count &read_expire = 1 hr;
global count_per_resp: table[addr, string] of count &default = 0 &read_expire = 1 hr;
global count_per_orig: table[addr, string] of count &default = 0 &read_expire = 1 hr;
global did_sig_log: set[string] &read_expire = 1 hr;

event sig_summary(orig: addr, id: string, msg: string)
	{
	NOTICE([$note=Signature_Summary, $src=orig,
	        $msg=fmt("%s: %s", orig, msg),
	        $n=count_per_orig[orig, id]]);
	}

event signature_match(state: signature_state, msg: string, data: string)
	{
	local sig_id = state$sig_id;
	local action = actions[sig_id];

	if ( action == SIG_IGNORE || ignored_ids in sig_id )
		return;

	# Trim the matched data down to something reasonable.
	if ( |data| > 140 )
		data = fmt("%s...", sub_bytes(data, 0, 140));

	local src_addr: addr;
	local src_port: port;
	local dst_addr: addr;
	local dst_port: port;

	if ( state$is_orig )
		{
		src_addr = state$conn$id$orig_h;
		src_port = state$conn$id$orig_p;
		dst_addr = state$conn$id$resp_h;
		dst_port = state$conn$id$resp_p;
		}
	else
		{
		src_addr = state$conn$id$resp_h;
		src_port = state$conn$id$resp_p;
		dst_addr = state$conn$id$orig_h;
		dst_port = state$conn$id$orig_p;
		}

	if ( action != SIG_QUIET && action != SIG_COUNT_PER_RESP )
		{
		event Signatures::log_signature([$ts=network_time(),
		                                 $note=Sensitive_Signature,
		                                 $uid=state$conn$uid,
		                                 $src_addr=src_addr,
		                                 $src_port=src_port,
		                                 $dst_addr=dst_addr,
		                                 $dst_port=dst_port,
		                                 $event_msg=fmt("%s: %s", src_addr, msg),
		                                 $sig_id=sig_id,
		                                 $sub_msg=data]);
		}

	local notice = F;
	if ( action == SIG_ALARM )
		notice = T;

	if ( action == SIG_COUNT_PER_RESP )
		{
		local dst = state$conn$id$resp_h;
		++count_per_resp[dst, sig_id];

		local c = count_per_resp[dst, sig_id];
		if ( c in count_thresholds )
			{
			NOTICE([$note=Count_Signature, $conn=state$conn,
			        $msg=msg,
			        $n=c,
			        $sub=fmt("%d matches of signature %s on host %s", c, sig_id, dst)]);
			}
		}

	if ( action == SIG_ALARM_PER_ORIG || action == SIG_SUMMARY )
		{
		local orig = state$conn$id$orig_h;
		++count_per_orig[orig, sig_id];

		if ( count_per_orig[orig, sig_id] == 1 )
			{
			if ( action == SIG_ALARM_PER_ORIG )
				notice = T;
			else
				schedule summary_interval { sig_summary(orig, sig_id, msg) };
			}
		}

	if ( action == SIG_ALARM_ONCE )
		{
		if ( sig_id !in did_sig_log )
			{
			notice = T;
			add did_sig_log[sig_id];
			}
		}

	if ( notice )
		NOTICE([$note=Sensitive_Signature,
		        $conn=state$conn,
		        $src=src_addr,
		        $dst=dst_addr,
		        $msg=fmt("%s: %s", src_addr, msg),
		        $sub=data]);

	if ( action == SIG_FILE_BUT_NO_SCAN || action == SIG_SUMMARY )
		return;

	# Scan accounting on the connection's endpoints (not the data direction).
	local orig_h = state$conn$id$orig_h;
	local resp_h = state$conn$id$resp_h;

	if ( [orig_h, sig_id] !in horiz_table )
		horiz_table[orig_h, sig_id] = set();
	add horiz_table[orig_h, sig_id][resp_h];

	if ( [orig_h, resp_h] !in vert_table )
		vert_table[orig_h, resp_h] = set();
	add vert_table[orig_h, resp_h][sig_id];

	local hcount = |horiz_table[orig_h, sig_id]|;
	local vcount = |vert_table[orig_h, resp_h]|;

	if ( hcount in horiz_scan_thresholds && (orig_h !in last_hthresh || hcount != last_hthresh[orig_h]) )
		{
		local horz_scan_msg = fmt("%s has triggered signature %s on %d hosts", orig_h, sig_id, hcount);
		event Signatures::log_signature([$ts=network_time(),
		                                 $note=Multiple_Sig_Responders,
		                                 $src_addr=orig_h,
		                                 $sig_id=sig_id,
		                                 $event_msg=msg,
		                                 $host_count=hcount,
		                                 $sub_msg=horz_scan_msg]);
		NOTICE([$note=Multiple_Sig_Responders, $src=orig_h, $msg=msg,
		        $n=hcount, $sub=horz_scan_msg]);
		last_hthresh[orig_h] = hcount;
		}

	if ( vcount in vert_scan_thresholds && (orig_h !in last_vthresh || vcount != last_vthresh[orig_h]) )
		{
		local vert_scan_msg = fmt("%s has triggered %d different signatures on host %s", orig_h, vcount, resp_h);
		event Signatures::log_signature([$ts=network_time(),
		                                 $note=Multiple_Signatures,
		                                 $src_addr=orig_h,
		                                 $dst_addr=resp_h,
		                                 $sig_id=sig_id,
		                                 $sig_count=vcount,
		                                 $event_msg=fmt("%s different signatures triggered", vcount),
		                                 $sub_msg=vert_scan_msg]);
		NOTICE([$note=Multiple_Signatures, $src=orig_h, $dst=resp_h,
		        $msg=fmt("%s different signatures triggered", vcount),
		        $n=vcount, $sub=vert_scan_msg]);
		last_vthresh[orig_h] = vcount;
		}
	}
