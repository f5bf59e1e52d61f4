##! The notice framework (Zeek: base/frameworks/notice/main.zeek; Old Bro: notice.bro), on the logging
##! framework (docs/notice.md). `NOTICE(n)` drops a notice whose `[note, identifier]` is being
##! suppressed, fills in the defaults (time, connection fields, port and protocol), runs the
##! `Notice::policy` hook (which decides the actions), then the `Notice::notice` hook, whose
##! lowest-priority handler writes notice.log (`Notice::LOG`) and notice_alarm.log
##! (`Notice::ALARM_LOG`) and starts suppressing the notice's identifier.
##!
##! rxbro sends no mail: ACTION_EMAIL and `email_dest` are recorded in the log only.

module Notice;

export {
	redef enum Log::ID += {
		## notice.log.
		LOG,
		## notice_alarm.log: the notices with ACTION_ALARM.
		ALARM_LOG,
	};

	## Policy hooks of the two streams (a `break` keeps a row out of that log).
	global log_policy: Log::PolicyHook;
	global log_policy_alarm: Log::PolicyHook;

	## Kinds of notices; other scripts add theirs with `redef enum Notice::Type += { ... };`.
	type Type: enum {
		## A count of how often some notice happened.
		Tally,
	};

	## What is done with a notice.
	type Action: enum {
		## Nothing.
		ACTION_NONE,
		## Written to notice.log (every notice gets it unless a policy hook removes it).
		ACTION_LOG,
		## Recorded for mailing to `email_dest`; rxbro sends no mail.
		ACTION_EMAIL,
		## Written to notice_alarm.log as well.
		ACTION_ALARM,
		## Left to scripts that block traffic (none in rxbro).
		ACTION_DROP,
		## Fills `remote_location` in Zeek (no GeoIP database in rxbro: stays unset).
		ACTION_ADD_GEODATA,
		## Mailed to `mail_page_dest` in Zeek; recorded only.
		ACTION_PAGE,
		## Mailed to the site's admins in Zeek; recorded only.
		ACTION_EMAIL_ADMIN,
	};

	## A set of actions (the `actions` column).
	type ActionSet: set[Notice::Action];

	## How long a notice with an `$identifier` keeps later equal ones out; 0secs turns suppression off.
	option default_suppression_interval = 1hrs;

	## One notice; the `&log` fields are notice.log's columns, in Zeek's order.
	type Info: record {
		## When it happened (network time when NOTICE is called, unless given).
		ts: time &log &optional;
		## Uid of the connection concerned.
		uid: string &log &optional;
		## Addresses and ports of the connection concerned.
		id: conn_id &log &optional;
		## The connection itself; `uid` and `id` are taken from it.
		conn: connection &optional;
		## File fields (rxbro has no file analysis: only set by scripts).
		fuid: string &log &optional;
		file_mime_type: string &log &optional;
		file_desc: string &log &optional;
		## Transport protocol, from `p` (itself from `id` when not given).
		proto: transport_proto &log &optional;
		## Which notice.
		note: Type &log;
		## Human-readable message and sub-message.
		msg: string &log &optional;
		sub: string &log &optional;
		## Source and destination hosts (from `id` when not given).
		src: addr &log &optional;
		dst: addr &log &optional;
		## A port (the responder's port of `id` when not given).
		p: port &log &optional;
		## A count, or a status code.
		n: count &log &optional;
		## The peer that raised it (cluster only; unset in rxbro).
		peer_name: string &optional;
		peer_descr: string &log &optional;
		## What the policy decided.
		actions: ActionSet &log &default=ActionSet();
		## Where it would be mailed.
		email_dest: set[string] &log &default=set();
		## Extra text for the mail (kept for scripts; no mail is sent).
		email_body_sections: vector of string &optional;
		email_delay_tokens: set[string] &optional;
		## Notices of one type with the same identifier are one notice for `suppress_for`.
		identifier: string &optional;
		## How long this notice's identifier keeps equal notices out.
		suppress_for: interval &log &default=default_suppression_interval;
		## Where the remote host is (ACTION_ADD_GEODATA; no GeoIP in rxbro).
		remote_location: geo_location &log &optional;
	};

	## Types dropped before any action.
	option ignored_types: set[Notice::Type] = {};
	## Types that get ACTION_EMAIL.
	option emailed_types: set[Notice::Type] = {};
	## Types that get ACTION_ALARM.
	option alarmed_types: set[Notice::Type] = {};
	## Types that are never suppressed.
	option not_suppressed_types: set[Notice::Type] = {};
	## Per-type suppression intervals (instead of each notice's own).
	const type_suppression_intervals: table[Notice::Type] of interval = {} &redef;

	## Decides the actions of each notice; a `break` drops the notice.
	global policy: hook(n: Notice::Info);

	## Mail settings, kept so site scripts that set them load (rxbro sends no mail).
	option sendmail = "/usr/sbin/sendmail";
	const mail_dest = "" &redef;
	option mail_from = "Zeek <zeek@localhost>";
	option reply_to = "";
	option mail_subject_prefix = "[Zeek]";
	const max_email_delay = 15secs &redef;
	const mail_page_dest = "" &redef;

	## Runs for every notice after `policy`; the handler at priority -5 writes the logs.
	global notice: hook(n: Info);

	## Raised when `[note, identifier]` starts being suppressed, until `ts + suppress_for`.
	global begin_suppression: event(ts: time, suppress_for: interval, note: Type, identifier: string);

	## Whether the notice is being suppressed (raises `suppressed` when it is).
	global is_being_suppressed: function(n: Notice::Info): bool;

	## Raised for each notice dropped because its identifier is being suppressed.
	global suppressed: event(n: Notice::Info);

	## Raised with each notice.log row before it is written.
	global log_notice: event(rec: Info);

	## Fills in a notice's defaults and runs `policy` (NOTICE calls it).
	global apply_policy: function(n: Notice::Info);
}

module GLOBAL;

## Raises a notice (Zeek's NOTICE): suppression, defaults, `Notice::policy`, then `Notice::notice`.
function NOTICE(n: Notice::Info)
	{
	if ( Notice::is_being_suppressed(n) )
		return;
	Notice::apply_policy(n);
	hook Notice::notice(n);
	}

module Notice;

# An entry lives until its own deadline (ts + suppress_for), not a table-wide interval: the expire
# function answers how much of it is left, so the sweep keeps it that much longer.
function suppression_left(t: table[Type, string] of time, note: Type, identifier: string): interval
	{
	local left = t[note, identifier] - network_time();
	return left < 0secs ? 0secs : left;
	}

# [note, identifier] -> the time its suppression ends.
global suppressing: table[Type, string] of time = {}
	&create_expire=0secs &expire_func=suppression_left;

event zeek_init() &priority=5
	{
	Log::create_stream(Notice::LOG, [$columns=Info, $ev=log_notice, $path="notice", $policy=log_policy]);
	Log::create_stream(Notice::ALARM_LOG, [$columns=Info, $path="notice_alarm", $policy=log_policy_alarm]);
	}

hook Notice::policy(n: Notice::Info) &priority=10
	{
	if ( n$note in ignored_types )
		break;
	if ( n$note in not_suppressed_types )
		n$suppress_for = 0secs;
	if ( n$note in alarmed_types )
		add n$actions[ACTION_ALARM];
	if ( n$note in emailed_types )
		add n$actions[ACTION_EMAIL];
	if ( n$note in type_suppression_intervals )
		n$suppress_for = type_suppression_intervals[n$note];
	# Every notice is logged unless a later policy handler takes the action away.
	add n$actions[ACTION_LOG];
	}

hook Notice::notice(n: Notice::Info)
	{
	if ( ACTION_EMAIL in n$actions )
		add n$email_dest[mail_dest];
	}

hook Notice::notice(n: Notice::Info) &priority=-5
	{
	if ( ACTION_LOG in n$actions )
		Log::write(Notice::LOG, n);
	if ( ACTION_ALARM in n$actions )
		Log::write(Notice::ALARM_LOG, n);
	# Only notices with an identifier can be suppressed, and only for a non-zero interval.
	if ( n?$identifier && [n$note, n$identifier] !in suppressing && n$suppress_for != 0secs )
		{
		event Notice::begin_suppression(n$ts, n$suppress_for, n$note, n$identifier);
		suppressing[n$note, n$identifier] = n$ts + n$suppress_for;
		}
	}

event Notice::begin_suppression(ts: time, suppress_for: interval, note: Type, identifier: string)
	{
	suppressing[note, identifier] = ts + suppress_for;
	}

function is_being_suppressed(n: Notice::Info): bool
	{
	if ( ! n?$identifier || [n$note, n$identifier] !in suppressing )
		return F;
	event Notice::suppressed(n);
	return T;
	}

function apply_policy(n: Notice::Info)
	{
	if ( ! n?$ts )
		n$ts = network_time();
	if ( n?$conn )
		{
		if ( ! n?$id )
			n$id = n$conn$id;
		if ( ! n?$uid )
			n$uid = n$conn$uid;
		}
	if ( n?$id )
		{
		if ( ! n?$src )
			n$src = n$id$orig_h;
		if ( ! n?$dst )
			n$dst = n$id$resp_h;
		if ( ! n?$p )
			n$p = n$id$resp_p;
		}
	if ( n?$p )
		n$proto = get_port_transport_proto(n$p);
	if ( ! n?$email_body_sections )
		n$email_body_sections = vector();
	if ( ! n?$email_delay_tokens )
		n$email_delay_tokens = set();
	hook Notice::policy(n);
	}
