/**
 * Which weirds become weird.log rows: the per-name actions and repeat suppression of Zeek's
 * `base/frameworks/notice/weird.zeek` (engine.md 1.13), applied after the connection layer's rate limiting.
 */
import type { Weird } from '../packet/Weird';

/** Zeek's `Weird::Action` values. */
export type WeirdAction =
  | 'ACTION_UNSPECIFIED'
  | 'ACTION_IGNORE'
  | 'ACTION_LOG'
  | 'ACTION_LOG_ONCE'
  | 'ACTION_LOG_PER_CONN'
  | 'ACTION_LOG_PER_ORIG'
  | 'ACTION_NOTICE'
  | 'ACTION_NOTICE_ONCE'
  | 'ACTION_NOTICE_PER_CONN'
  | 'ACTION_NOTICE_PER_ORIG';

/** What happens to one weird: dropped, logged, or logged with `notice` = T (and a `Weird::Activity` notice). */
export type WeirdOutcome = 'ignore' | 'log' | 'notice';

/** The action for a name missing from the table (`&default=ACTION_LOG`). */
export const DEFAULT_WEIRD_ACTION: WeirdAction = 'ACTION_LOG';

// Names grouped by action; only the non-default ones matter, but the table lists ACTION_LOG names too so
// that it reads like Zeek's `Weird::actions` and a redef to the default stays visible.
const IGNORE = ['unsolicited_SYN_response', 'FIN_after_reset', 'spontaneous_FIN', 'spontaneous_RST'];
const LOG_PER_ORIG = [
  'bad_ICMP_checksum', 'bad_RPC', 'bad_TCP_checksum', 'bad_UDP_checksum', 'connection_originator_SYN_ack',
  'DNS_label_forward_compress_offset', 'DNS_label_len_gt_name_len', 'DNS_label_len_gt_pkt', 'DNS_label_too_long',
  'excess_RPC', 'originator_RPC_reply', 'partial_RPC', 'responder_RPC_call', 'SYN_with_data',
  'UDP_datagram_length_mismatch', 'excessively_small_fragment', 'fragment_inconsistency', 'fragment_overlap',
  'fragment_size_inconsistency', 'bad_IP_checksum',
];
const LOG_PER_CONN = [
  'FTP_max_command_length_exceeded', 'FTP_too_many_pending_commands', 'FTP_user_too_long', 'FTP_reply_msg_too_long',
  'FTP_arg_too_long', 'FTP_password_too_long', 'simultaneous_open', 'smtp_mail_transaction_invalid',
  'smtp_excessive_invalid_mail_transactions', 'smb_tree_connect_andx_response_without_tree',
];
const NOTICE_PER_ORIG = ['FIN_storm', 'successful_RPC_reply_to_invalid_request', 'SYN_after_partial'];
const LOG = [
  'above_hole_data_without_any_acks', 'active_connection_reuse', 'bad_HTTP_reply', 'bad_HTTP_version',
  'bad_ident_port', 'bad_ident_reply', 'bad_ident_request', 'bad_rlogin_prolog', 'bad_rsh_prolog',
  'rsh_text_after_rejected', 'bad_RPC_program', 'bad_SYN_ack', 'baroque_SYN', 'base64_illegal_encoding',
  'contentline_size_exceeded', 'crud_trailing_HTTP_request', 'data_after_reset', 'data_before_established',
  'DNS_AAAA_neg_length', 'DNS_Conn_count_too_large', 'DNS_NAME_too_long', 'DNS_RR_bad_length',
  'DNS_RR_length_mismatch', 'DNS_RR_unknown_type', 'DNS_truncated_RR_rdlength_lt_len', 'DNS_truncated_ans_too_short',
  'DNS_truncated_len_lt_hdr_len', 'DNS_truncated_quest_too_short', 'excessive_data_without_further_acks',
  'FIN_advanced_last_seq', 'HTTP_bad_chunk_size', 'HTTP_chunked_transfer_for_multipart_message',
  'HTTP_excessive_pipelining', 'HTTP_overlapping_messages', 'HTTP_response_before_request', 'unknown_HTTP_method',
  'HTTP_version_mismatch', 'ident_request_addendum', 'inappropriate_FIN', 'inflate_failed',
  'invalid_irc_global_users_reply', 'irc_invalid_command', 'irc_invalid_dcc_message_format',
  'irc_invalid_invite_message_format', 'irc_invalid_join_line', 'irc_invalid_kick_message_format', 'irc_invalid_line',
  'irc_invalid_mode_message_format', 'irc_invalid_names_line', 'irc_invalid_njoin_line',
  'irc_invalid_notice_message_format', 'irc_invalid_oper_message_format', 'irc_invalid_privmsg_message_format',
  'irc_invalid_reply_number', 'irc_invalid_squery_message_format', 'irc_invalid_topic_reply', 'irc_invalid_who_line',
  'irc_invalid_who_message_format', 'irc_invalid_whois_channel_line', 'irc_invalid_whois_message_format',
  'irc_invalid_whois_operator_line', 'irc_invalid_whois_user_line', 'irc_line_size_exceeded', 'irc_line_too_short',
  'irc_too_many_invalid', 'line_terminated_with_single_CR', 'line_terminated_with_single_LF',
  'malformed_ssh_identification', 'malformed_ssh_version', 'multiple_HTTP_request_elements', 'NUL_in_line',
  'partial_finger_request', 'partial_ftp_request', 'partial_ident_request', 'pending_data_when_closed',
  'pop3_bad_base64_encoding', 'pop3_client_command_unknown', 'pop3_client_sending_server_commands',
  'pop3_malformed_auth_plain', 'pop3_server_command_unknown', 'pop3_server_sending_client_commands',
  'possible_split_routing', 'premature_connection_reuse', 'repeated_SYN_reply_wo_ack', 'repeated_SYN_with_ack',
  'rlogin_text_after_rejected', 'RPC_rexmit_inconsistency', 'RPC_underflow', 'RST_storm', 'RST_with_data',
  'SSL_many_server_names', 'SMB_parsing_error', 'SMB_discarded_messages_state', 'SMB_discarded_dce_rpc_analyzers',
  'no_smb_session_using_parsesambamsg', 'smb_andx_command_failed_to_parse', 'transaction_subcmd_missing',
  'SYN_after_close', 'SYN_after_reset', 'SYN_inside_connection', 'SYN_seq_jump', 'TCP_christmas', 'TCP_scale_range',
  'truncated_ARP', 'truncated_NTP', 'unexpected_client_HTTP_data', 'unexpected_multiple_HTTP_requests',
  'unexpected_server_HTTP_data', 'unmatched_HTTP_reply', 'unpaired_RPC_response', 'window_recision',
  'double_%_in_URI', 'illegal_%_at_end_of_URI', 'unescaped_%_in_URI', 'unescaped_special_URI_char',
  'deficit_netbios_hdr_len', 'excess_netbios_hdr_len', 'netbios_client_session_reply', 'netbios_raw_session_msg',
  'netbios_server_session_request', 'unknown_netbios_type', 'excessively_large_fragment',
  'fragment_protocol_inconsistency', 'fragment_with_DF', 'incompletely_captured_fragment', 'bad_TCP_header_len',
  'internally_truncated_header', 'truncated_IP', 'truncated_header',
];

function actionTable(): Map<string, WeirdAction> {
  const table = new Map<string, WeirdAction>();
  const put = (names: string[], action: WeirdAction): void => names.forEach((n) => table.set(n, action));
  put(LOG, 'ACTION_LOG');
  put(IGNORE, 'ACTION_IGNORE');
  put(LOG_PER_ORIG, 'ACTION_LOG_PER_ORIG');
  put(LOG_PER_CONN, 'ACTION_LOG_PER_CONN');
  put(NOTICE_PER_ORIG, 'ACTION_NOTICE_PER_ORIG');
  return table;
}

/**
 * Zeek's default `Weird::actions` table; names not in it get {@link DEFAULT_WEIRD_ACTION}.
 *
 * ## Example
 * ```ts
 * WEIRD_ACTIONS.get('bad_UDP_checksum'); // 'ACTION_LOG_PER_ORIG'
 * ```
 */
export const WEIRD_ACTIONS: ReadonlyMap<string, WeirdAction> = actionTable();

/** `Weird::weird_do_not_ignore_repeats`: checksum errors stay reportable per connection, to see them cluster. */
export const WEIRD_DO_NOT_IGNORE_REPEATS: ReadonlySet<string> = new Set([
  'bad_IP_checksum', 'bad_TCP_checksum', 'bad_UDP_checksum', 'bad_ICMP_checksum',
]);

/** Lifetime of a `weird_ignore` entry (`&create_expire=10min`). */
export const WEIRD_IGNORE_EXPIRE = 600;
/** Lifetime of a `did_log` / `did_notice` entry (`&create_expire=1day`). */
export const WEIRD_DID_EXPIRE = 86400;

/** The settings a script may redef; every field defaults to Zeek's value. */
export interface WeirdActionOptions {
  actions: ReadonlyMap<string, WeirdAction>;
  defaultAction: WeirdAction;
  doNotIgnoreRepeats: ReadonlySet<string>;
  /** `Weird::ignore_hosts` as `<addr> "\0" <name>` keys. */
  ignoreHosts: ReadonlySet<string>;
}

/** The bookkeeping of one run: key -> network time the entry was created. */
export interface WeirdActionState {
  readonly options: WeirdActionOptions;
  readonly weirdIgnore: Map<string, number>;
  readonly didLog: Map<string, number>;
  readonly didNotice: Map<string, number>;
}

/** What the rules look at of one weird. */
export interface WeirdSubject {
  name: string;
  /** Network time of the weird. */
  ts: number;
  /** Zeek's identifier: {@link connIdentifier}, {@link flowIdentifier}, or "" for net weirds. */
  identifier: string;
  /** Originator / responder address when the weird carries a conn_id (conn and flow weirds). */
  orig_h?: string;
  resp_h?: string;
}

/**
 * Fresh bookkeeping for one run.
 *
 * ## Example
 * ```ts
 * const state = createWeirdActionState({ ignoreHosts: new Set(['10.0.0.1\0truncated_IP']) });
 * ```
 */
export function createWeirdActionState(options: Partial<WeirdActionOptions> = {}): WeirdActionState {
  return {
    options: {
      actions: options.actions ?? WEIRD_ACTIONS,
      defaultAction: options.defaultAction ?? DEFAULT_WEIRD_ACTION,
      doNotIgnoreRepeats: options.doNotIgnoreRepeats ?? WEIRD_DO_NOT_IGNORE_REPEATS,
      ignoreHosts: options.ignoreHosts ?? new Set(),
    },
    weirdIgnore: new Map(),
    didLog: new Map(),
    didNotice: new Map(),
  };
}

/**
 * Zeek's `id_string` of a connection, the identifier of conn weirds.
 *
 * ## Example
 * ```ts
 * connIdentifier('10.0.0.1', 53, '10.0.0.2', 1024); // '10.0.0.1:53 > 10.0.0.2:1024'
 * ```
 */
export function connIdentifier(origH: string, origP: number, respH: string, respP: number): string {
  return `${origH}:${origP} > ${respH}:${respP}`;
}

/**
 * The identifier of flow weirds (`flow_id_string`).
 *
 * ## Example
 * ```ts
 * flowIdentifier('10.0.0.1', '10.0.0.2'); // '10.0.0.1 -> 10.0.0.2'
 * ```
 */
export function flowIdentifier(src: string, dst: string): string {
  return `${src} -> ${dst}`;
}

/**
 * The subject of a weird as Zeek's `conn_weird` / `flow_weird` / `net_weird` handlers build it.
 * `id` is the connection's endpoints (conn weirds only).
 *
 * ## Example
 * ```ts
 * weirdSubject({ kind: 'net', name: 'truncated_IP', addl: '', source: 'IP', ts: 1 });
 * // { name: 'truncated_IP', ts: 1, identifier: '' }
 * ```
 */
export function weirdSubject(
  w: Weird,
  id?: { orig_h: string; orig_p: number; resp_h: string; resp_p: number },
): WeirdSubject {
  if (w.kind === 'conn' && id) {
    return {
      name: w.name,
      ts: w.ts,
      identifier: connIdentifier(id.orig_h, id.orig_p, id.resp_h, id.resp_p),
      orig_h: id.orig_h,
      resp_h: id.resp_h,
    };
  }
  if (w.kind === 'flow' && w.src !== undefined && w.dst !== undefined) {
    return { name: w.name, ts: w.ts, identifier: flowIdentifier(w.src, w.dst), orig_h: w.src, resp_h: w.dst };
  }
  return { name: w.name, ts: w.ts, identifier: '' };
}

/** True when `key` was added less than `lifetime` seconds before `now`; forgets it once expired. */
function present(set: Map<string, number>, key: string, now: number, lifetime: number): boolean {
  const created = set.get(key);
  if (created === undefined) return false;
  if (now - created < lifetime) return true;
  set.delete(key);
  return false;
}

/**
 * Applies Zeek's `do_weird` to one weird: whether it is logged, and whether as a notice; updates the
 * bookkeeping (`weird_ignore`, `did_log`, `did_notice`).
 *
 * ## Example
 * ```ts
 * const s = createWeirdActionState();
 * const w = { name: 'bad_UDP_checksum', ts: 1, identifier: connIdentifier('a', 1, 'b', 2), orig_h: 'a', resp_h: 'b' };
 * decideWeird(s, w); // 'log'
 * decideWeird(s, { ...w, ts: 2 }); // 'ignore' (once per originator)
 * ```
 */
export function decideWeird(state: WeirdActionState, w: WeirdSubject): WeirdOutcome {
  const opts = state.options;
  const action = opts.actions.get(w.name) ?? opts.defaultAction;
  const ignoreKey = w.name + '\0' + w.identifier;
  // Ignored names and recent repeats of the same (name, identifier) leave before anything is recorded.
  if (action === 'ACTION_IGNORE' || present(state.weirdIgnore, ignoreKey, w.ts, WEIRD_IGNORE_EXPIRE)) return 'ignore';
  if (w.orig_h !== undefined && opts.ignoreHosts.size > 0) {
    if (opts.ignoreHosts.has(w.orig_h + '\0' + w.name) || opts.ignoreHosts.has(w.resp_h + '\0' + w.name)) return 'ignore';
  }
  const notice = action === 'ACTION_NOTICE' || action === 'ACTION_NOTICE_ONCE' ||
    action === 'ACTION_NOTICE_PER_CONN' || action === 'ACTION_NOTICE_PER_ORIG';
  if (action !== 'ACTION_LOG' && action !== 'ACTION_NOTICE' && action !== 'ACTION_UNSPECIFIED') {
    // A limiting action: the scope is the originator (PER_ORIG, if there is one), everything (ONCE),
    // or the identifier itself (PER_CONN, and PER_ORIG without addresses).
    let scope = w.identifier;
    if (action === 'ACTION_LOG_ONCE' || action === 'ACTION_NOTICE_ONCE') scope = '';
    else if ((action === 'ACTION_LOG_PER_ORIG' || action === 'ACTION_NOTICE_PER_ORIG') && w.orig_h !== undefined) scope = w.orig_h;
    const did = notice ? state.didNotice : state.didLog;
    const didKey = w.name + '\0' + scope;
    if (present(did, didKey, w.ts, WEIRD_DID_EXPIRE)) return 'ignore';
    did.set(didKey, w.ts);
  }
  if (!opts.doNotIgnoreRepeats.has(w.name)) state.weirdIgnore.set(ignoreKey, w.ts);
  return notice ? 'notice' : 'log';
}
