import { asciiHeader, escapeTsv, logDate } from '../logging/asciiText';
import { portNumber, portProto } from '../runtime/port';
import { connStateOf } from './connState';
import { DEFAULT_LOCAL_NETS, isLocalAddr, Subnet } from './localNets';
import type { Connection } from './records';

/** One conn.log record: Zeek's `Conn::Info` (engine.md 2.11). Optional = unset (`-`). */
export interface ConnLogRow {
  ts: number;
  uid: string;
  'id.orig_h': string;
  'id.orig_p': number;
  'id.resp_h': string;
  'id.resp_p': number;
  proto: string;
  service: string[];
  duration?: number;
  orig_bytes?: number;
  resp_bytes?: number;
  conn_state: string;
  local_orig?: boolean;
  local_resp?: boolean;
  missed_bytes: number;
  history?: string;
  orig_pkts: number;
  orig_ip_bytes: number;
  resp_pkts: number;
  resp_ip_bytes: number;
  tunnel_parents: string[];
  ip_proto: number;
  /** policy/protocols/conn/mac-logging: the originator's and responder's link-layer addresses. */
  orig_l2_addr?: string;
  resp_l2_addr?: string;
}

/**
 * The columns Zeek's `policy/protocols/conn/mac-logging` appends to conn.log
 * (`extraFields` of the writers).
 */
export const MAC_LOGGING_FIELDS: ConnLogColumns = [
  ['orig_l2_addr', 'string'],
  ['resp_l2_addr', 'string'],
];

/** Columns of conn.log as (row field, Zeek type) pairs, in order. */
export type ConnLogColumns = readonly (readonly [keyof ConnLogRow, string])[];

/** The columns and Zeek types of conn.log, in order. */
export const CONN_LOG_FIELDS: ConnLogColumns = [
  ['ts', 'time'], ['uid', 'string'], ['id.orig_h', 'addr'], ['id.orig_p', 'port'], ['id.resp_h', 'addr'],
  ['id.resp_p', 'port'], ['proto', 'enum'], ['service', 'string'], ['duration', 'interval'], ['orig_bytes', 'count'],
  ['resp_bytes', 'count'], ['conn_state', 'string'], ['local_orig', 'bool'], ['local_resp', 'bool'],
  ['missed_bytes', 'count'], ['history', 'string'], ['orig_pkts', 'count'], ['orig_ip_bytes', 'count'],
  ['resp_pkts', 'count'], ['resp_ip_bytes', 'count'], ['tunnel_parents', 'set[string]'], ['ip_proto', 'count'],
];

/**
 * Builds the conn.log record of a connection at its removal, as the conn script
 * does at `connection_state_remove` (engine.md 2.11). `missedBytes` is the sum of
 * its `content_gap` lengths.
 *
 * ## Example
 * ```ts
 * connLogRow(c, 0).conn_state; // "SF"
 * ```
 */
export function connLogRow(c: Connection, missedBytes: number, localNets: readonly Subnet[] = DEFAULT_LOCAL_NETS): ConnLogRow {
  const id = c.id;
  const tp = portProto(id.resp_p);
  const row: ConnLogRow = {
    ts: c.start_time,
    uid: c.uid,
    'id.orig_h': id.orig_h,
    'id.orig_p': portNumber(id.orig_p),
    'id.resp_h': id.resp_h,
    'id.resp_p': portNumber(id.resp_p),
    proto: tp === 'unknown' ? 'unknown_transport' : tp,
    service: [...c.service.map.keys()].map((s) => String(s).toLowerCase()),
    conn_state: connStateOf(c),
    missed_bytes: missedBytes,
    orig_pkts: c.orig.num_pkts,
    orig_ip_bytes: c.orig.num_bytes_ip,
    resp_pkts: c.resp.num_pkts,
    resp_ip_bytes: c.resp.num_bytes_ip,
    tunnel_parents: [],
    ip_proto: id.proto,
  };
  // Zeek sets duration and the byte counts only when the duration is positive.
  if (c.duration > 0) {
    row.duration = c.duration;
    row.orig_bytes = c.orig.size;
    row.resp_bytes = c.resp.size;
  }
  if (localNets.length > 0) {
    row.local_orig = isLocalAddr(id.orig_h, localNets);
    row.local_resp = isLocalAddr(id.resp_h, localNets);
  }
  if (c.history !== '') row.history = c.history;
  return row;
}

/** Zeek's `%.6f` for times and intervals. */
function fixed6(v: number): string {
  return v.toFixed(6);
}

function tsvValue(type: string, v: unknown): string {
  if (v === undefined) return '-';
  switch (type) {
    case 'time':
    case 'interval':
      return fixed6(v as number);
    case 'bool':
      return v ? 'T' : 'F';
    case 'set[string]': {
      const a = v as string[];
      return a.length === 0 ? '-' : a.join(',');
    }
    case 'string':
      if (Array.isArray(v)) return v.length === 0 ? '-' : v.join(',');
      return v === '' ? '(empty)' : escapeTsv(v as string);
    default:
      return String(v);
  }
}

/**
 * One tab-separated conn.log line (without newline).
 *
 * ## Example
 * ```ts
 * formatConnLogTsv(row); // "1362692526.869344\tCHhAvVGS1DHFjwGM9\t141.142.228.5\t59856\t..."
 * ```
 */
export function formatConnLogTsv(row: ConnLogRow): string {
  // Field by field in CONN_LOG_FIELDS order with each column's type rule
  // written out (the generic `tsvValue` loop dispatched on type names per value;
  // this runs once per connection). The spec checks it against `tsvValue`.
  return (
    fixed6(row.ts) + '\t' +
    tsvString(row.uid) + '\t' +
    row['id.orig_h'] + '\t' +
    row['id.orig_p'] + '\t' +
    row['id.resp_h'] + '\t' +
    row['id.resp_p'] + '\t' +
    row.proto + '\t' +
    (row.service.length === 0 ? '-' : row.service.join(',')) + '\t' +
    (row.duration === undefined ? '-' : fixed6(row.duration)) + '\t' +
    (row.orig_bytes === undefined ? '-' : row.orig_bytes) + '\t' +
    (row.resp_bytes === undefined ? '-' : row.resp_bytes) + '\t' +
    tsvString(row.conn_state) + '\t' +
    (row.local_orig === undefined ? '-' : row.local_orig ? 'T' : 'F') + '\t' +
    (row.local_resp === undefined ? '-' : row.local_resp ? 'T' : 'F') + '\t' +
    row.missed_bytes + '\t' +
    (row.history === undefined ? '-' : tsvString(row.history)) + '\t' +
    row.orig_pkts + '\t' +
    row.orig_ip_bytes + '\t' +
    row.resp_pkts + '\t' +
    row.resp_ip_bytes + '\t' +
    (row.tunnel_parents.length === 0 ? '-' : row.tunnel_parents.join(',')) + '\t' +
    row.ip_proto
  );
}

/** A `string` column: `(empty)`, the text, or its escaped form when it holds a byte to escape. */
function tsvString(s: string): string {
  if (s === '') return '(empty)';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 0x20 || ch >= 0x7f || ch === 0x5c) return escapeTsv(s);
  }
  return s;
}

/**
 * One conn.log line through the generic per-type rules (`formatConnLogTsv` is
 * the fast form of the same thing; specs compare the two).
 *
 * ## Example
 * ```ts
 * formatConnLogTsvGeneric(row) === formatConnLogTsv(row); // true
 * ```
 */
export function formatConnLogTsvGeneric(row: ConnLogRow): string {
  let out = '';
  for (let i = 0; i < CONN_LOG_FIELDS.length; i++) {
    const [name, type] = CONN_LOG_FIELDS[i];
    if (i > 0) out += '\t';
    out += tsvValue(type, row[name]);
  }
  return out;
}

/**
 * One JSON-lines conn.log record, as Zeek's `LogAscii::use_json` writes it
 * (unset fields omitted, empty sets omitted, times as numbers).
 *
 * ## Example
 * ```ts
 * formatConnLogJson(row); // '{"ts":1362692526.869344,"uid":"CHhAvVGS1DHFjwGM9",...}'
 * ```
 */
export function formatConnLogJson(row: ConnLogRow, extraFields: ConnLogColumns = []): string {
  const o: Record<string, unknown> = {};
  for (const [name, type] of extraFields.length === 0 ? CONN_LOG_FIELDS : [...CONN_LOG_FIELDS, ...extraFields]) {
    const v = row[name];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (name === 'service') o[name] = (v as string[]).join(',');
    else if (type === 'time' || type === 'interval') o[name] = Number(fixed6(v as number));
    else o[name] = v;
  }
  return JSON.stringify(o);
}

/**
 * The header lines of a tab-separated conn.log, up to and including `#types`.
 *
 * ## Example
 * ```ts
 * connLogHeader(new Date()).split('\n')[0]; // "#separator \\x09"
 * ```
 */
export function connLogHeader(open: Date, extraFields: ConnLogColumns = []): string {
  const fields = extraFields.length === 0 ? CONN_LOG_FIELDS : [...CONN_LOG_FIELDS, ...extraFields];
  return asciiHeader('conn', fields.map((f) => f[0]), fields.map((f) => f[1]), open);
}

/** A conn.log sink: `write` per removed connection, `close` at the end. */
export interface ConnLogWriter {
  write(row: ConnLogRow): void;
  close(): void;
}

/**
 * Writes conn.log to `out` (a function receiving text chunks) in Zeek's
 * tab-separated format (header on the first row, `#close` at the end) or as
 * JSON lines. `now` supplies the wall-clock dates of `#open`/`#close`.
 * To write a file, `createConnLogByteWriter` (connLogBytes.ts) gives the same
 * bytes without building a string per row.
 *
 * ## Example
 * ```ts
 * const w = createConnLogWriter((s) => process.stdout.write(s));
 * w.write(connLogRow(c, 0)); w.close();
 * ```
 */
export function createConnLogWriter(
  out: (chunk: string) => void,
  opts: { format?: 'tsv' | 'json'; now?: () => Date; extraFields?: ConnLogColumns } = {},
): ConnLogWriter {
  const json = opts.format === 'json';
  const now = opts.now ?? (() => new Date());
  const extra = opts.extraFields ?? [];
  let opened = false;
  return {
    write(row) {
      if (json) {
        out(formatConnLogJson(row, extra) + '\n');
        return;
      }
      if (!opened) {
        opened = true;
        out(connLogHeader(now(), extra) + '\n');
      }
      let line = formatConnLogTsv(row);
      for (const [name, type] of extra) line += '\t' + tsvValue(type, row[name]);
      out(line + '\n');
    },
    close() {
      // Zeek writes no conn.log at all when no connection was logged.
      if (!json && opened) out(`#close\t${logDate(now())}\n`);
    },
  };
}
