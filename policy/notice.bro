##! A small notice framework (Zeek: base/frameworks/notice/main.zeek; Old Bro: notice.bro):
##! `NOTICE(n)` completes the notice from its connection and hands it to `notice.log`.
##!
##! The log itself is written by the engine in TypeScript (src/engine/scriptLogs.ts), next to
##! conn.log, because rxbro's script language has no logging framework: `NOTICE` raises the event
##! `Notice::log_notice(n)`, which the engine handles by writing one notice.log line (columns
##! `ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto note msg sub src dst p n actions
##! suppress_for`). Scripts may handle `Notice::log_notice` as well, as in Zeek.

module Notice;

export {
	## Kinds of notices; other scripts add theirs with `redef enum Notice::Type += { ... };`.
	type Type: enum {
		## The default if nothing else fits.
		Unspecified,
	};

	## What is done with a notice; rxbro logs every notice.
	type Action: enum {
		ACTION_NONE,
		ACTION_LOG,
	};

	## One notice (the fields of Zeek's Notice::Info that rxbro fills).
	type Info: record {
		ts: time &optional;
		uid: string &optional;
		id: conn_id &optional;
		conn: connection &optional;
		note: Type;
		msg: string &default = "";
		sub: string &optional;
		src: addr &optional;
		dst: addr &optional;
		p: port &optional;
		n: count &optional;
		suppress_for: interval &default = 1 hr;
	};

	## Raised for each notice; the engine writes it to notice.log.
	global log_notice: event(rec: Info);
}

module GLOBAL;

## Raises a notice: time, uid and connection id are filled in from `n$conn` when present.
function NOTICE(n: Notice::Info)
	{
	if ( ! n?$ts )
		n$ts = network_time();
	if ( n?$conn )
		{
		if ( ! n?$uid )
			n$uid = n$conn$uid;
		if ( ! n?$id )
			n$id = n$conn$id;
		}
	if ( n?$id )
		{
		if ( ! n?$src )
			n$src = n$id$orig_h;
		if ( ! n?$dst )
			n$dst = n$id$resp_h;
		}
	event Notice::log_notice(n);
	}
