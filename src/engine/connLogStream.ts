/**
 * conn.log through the logging framework (policy/base/protocols/conn/main.bro), only when a script asks for
 * it: it reads or sets `c$conn`, adds a field to `Conn::Info`, handles `Conn::log_conn` or `Conn::log_policy`,
 * names `Conn::LOG` (a filter, `Log::disable_stream`, …), or redefines a logging option the direct writer does
 * not read (`Log::default_field_name_map`, `LogAscii::use_json`, `LogAscii::separator`, …). Otherwise conn.log keeps the engine's direct
 * byte writer, and the packet path and the per-connection work stay as they are (the decision is made once,
 * before the connection tracker exists).
 *
 * In stream mode the tracker hands over each removed connection's conn.log row (`onConnLog`), a handler of
 * `connection_state_remove` at priority 5 turns it into `c$conn` (Zeek's `Conn::set_conn`), scripts may
 * change it in their handlers, and one at priority -5 writes it with `Log::write(Conn::LOG, c$conn)`.
 */
import type { ConnLogRow } from '../conn/connLog';
import type { EventEngine } from '../events';
import type { LogControl } from '../runtime/context';
import { makePort, PORT_ICMP, PORT_TCP, PORT_UDP } from '../runtime/port';
import { boxAny } from '../runtime/any';
import { createRecord } from '../runtime/record';
import { createSet, setAdd } from '../runtime/table';
import type { RecordType } from '../runtime/types';
import type { ScriptHost } from './ScriptHost';

/** Conn::Info's own fields and mac-logging's: a redef adding any other one asks for stream mode. */
const KNOWN_FIELDS = new Set([
  'ts', 'uid', 'id', 'proto', 'service', 'duration', 'orig_bytes', 'resp_bytes', 'conn_state', 'local_orig', 'local_resp',
  'missed_bytes', 'history', 'orig_pkts', 'orig_ip_bytes', 'resp_pkts', 'resp_ip_bytes', 'tunnel_parents', 'ip_proto',
  'orig_l2_addr', 'resp_l2_addr',
]);

/** Logging options the direct writer does not read: a script that sets one gets conn.log through the stream. */
const STREAM_OPTIONS = [
  'Log::default_field_name_map', 'Log::default_scope_sep', 'LogAscii::use_json', 'LogAscii::separator', 'LogAscii::set_separator',
  'LogAscii::empty_field', 'LogAscii::unset_field', 'LogAscii::include_meta', 'LogAscii::meta_prefix', 'LogAscii::output_to_stdout',
];

/**
 * `Conn::Info` when the scripts use conn.log's stream (see the file comment), else undefined.
 *
 * ## Example
 * ```ts
 * const info = connStreamType(host, events); // undefined for a script that never touches Conn::*
 * ```
 */
export function connStreamType(host: ScriptHost | undefined, events: EventEngine): RecordType | undefined {
  const conn = host?.namedType?.('connection');
  const info = conn?.kind === 'record' ? conn.fields.find((f) => f.name === 'conn')?.type : undefined;
  if (!host || info?.kind !== 'record') return undefined;
  const asked =
    host.usesField?.('connection', 'conn') === true ||
    host.usesName?.('Conn::LOG') === true ||
    host.usesName?.('Conn::log_policy') === true ||
    host.hasBodies?.('Conn::log_policy') === true ||
    events.has('Conn::log_conn') ||
    info.fields.some((f) => !KNOWN_FIELDS.has(f.name)) ||
    STREAM_OPTIONS.some((name) => host.redefAssigned?.has(name) === true);
  return asked ? info : undefined;
}

const PROTO_BITS: Record<string, number> = { tcp: PORT_TCP, udp: PORT_UDP, icmp: PORT_ICMP };

/**
 * `c$conn` for a removed connection's conn.log row (Zeek's `Conn::set_conn`): unset where the row is unset,
 * `service` comma-joined, `tunnel_parents` unset when empty (as Zeek leaves it).
 *
 * ## Example
 * ```ts
 * connInfoRecord(row, info).conn_state; // 'SF'
 * ```
 */
function connInfoRecord(row: ConnLogRow, info: RecordType): Record<string, unknown> {
  const idType = info.fields.find((f) => f.name === 'id')!.type as RecordType;
  const bits = PROTO_BITS[row.proto] ?? 0;
  const rec: Record<string, unknown> = {
    ts: row.ts,
    uid: row.uid,
    id: createRecord(idType, {
      orig_h: row['id.orig_h'],
      orig_p: makePort(row['id.orig_p'], bits),
      resp_h: row['id.resp_h'],
      resp_p: makePort(row['id.resp_p'], bits),
    }),
    proto: row.proto,
    service: row.service.length > 0 ? row.service.join(',') : undefined,
    duration: row.duration,
    orig_bytes: row.orig_bytes,
    resp_bytes: row.resp_bytes,
    conn_state: row.conn_state,
    local_orig: row.local_orig,
    local_resp: row.local_resp,
    missed_bytes: row.missed_bytes,
    history: row.history,
    orig_pkts: row.orig_pkts,
    orig_ip_bytes: row.orig_ip_bytes,
    resp_pkts: row.resp_pkts,
    resp_ip_bytes: row.resp_ip_bytes,
    ip_proto: row.ip_proto,
    orig_l2_addr: row.orig_l2_addr,
    resp_l2_addr: row.resp_l2_addr,
  };
  if (row.tunnel_parents.length > 0) {
    const s = createSet();
    for (const p of row.tunnel_parents) setAdd(s, p);
    rec.tunnel_parents = s;
  }
  for (const k of Object.keys(rec)) if (rec[k] === undefined) delete rec[k];
  return createRecord(info, rec);
}

/**
 * Creates `Conn::LOG` through the script's `Log::create_stream` (so `Log::add_filter(Conn::LOG, …)` and the
 * other script functions know it), as Zeek's conn script does at `zeek_init` priority 5; call it after the
 * scripts are attached and before `zeek_init`. False when the scripts lack the framework.
 *
 * ## Example
 * ```ts
 * createConnStream(host, info);
 * ```
 */
export function createConnStream(host: ScriptHost, info: RecordType): boolean {
  const create = host.global?.('Log::create_stream');
  const streamType = host.namedType?.('Log::Stream');
  const evType = host.globalType?.('Conn::log_conn');
  if (typeof create !== 'function' || streamType?.kind !== 'record' || evType === undefined) return false;
  const stream = createRecord(streamType, {
    columns: boxAny({ typeValue: info, name: 'Conn::Info' }, { kind: 'type', of: info }),
    ev: boxAny('Conn::log_conn', evType),
    path: 'conn',
    policy: host.global?.('Conn::log_policy'),
  });
  return (create as (id: string, s: unknown) => unknown)('Conn::LOG', stream) === true;
}

/**
 * Stream mode: the `connection_state_remove` handlers that fill and write `c$conn`; returns the tracker's
 * `onConnLog`.
 *
 * ## Example
 * ```ts
 * const info = connStreamType(host, events);
 * const onConnLog = info && attachConnLogStream(events, logging, info);
 * ```
 */
export function attachConnLogStream(events: EventEngine, logging: LogControl, info: RecordType): (row: ConnLogRow) => void {
  // Rows wait here from the removal until connection_state_remove runs (a few per drain).
  const pending = new Map<string, ConnLogRow>();
  events.on('connection_state_remove' as never, ((c: Record<string, unknown>) => {
    const row = pending.get(c.uid as string);
    if (row === undefined) return;
    pending.delete(c.uid as string);
    c.conn = connInfoRecord(row, info);
  }) as never, { priority: 5 });
  events.on('connection_state_remove' as never, ((c: Record<string, unknown>) => {
    if (c.conn !== undefined) logging.write('Conn::LOG', c.conn, info);
  }) as never, { priority: -5 });
  return (row) => void pending.set(row.uid, row);
}
