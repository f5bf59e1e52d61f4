/**
 * The logs the engine writes itself in TypeScript beside conn.log — signatures.log (engine.md 5.12),
 * weird.log, stats.log, and reporter.log and tunnel.log through their own modules — because their streams
 * (`Weird::LOG`, `Signatures::LOG`, …) are not declared in src/logging's framework yet (docs/logging.md).
 * The policy scripts raise `Signatures::log_signature(rec)` (policy/signatures.bro) and
 * `Stats::log_stats(rec)`; the engine handles them by writing one line per record in Zeek's ASCII format
 * (or JSON lines). notice.log goes through the logging framework (policy/notice.bro, docs/notice.md).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { FLAT_CONN_ID_COLUMNS } from './flatConnIdColumns';
import { asciiHeader, escapeTsv, logDate } from '../logging/asciiText';
import { portNumber } from '../runtime/port';

/** One column: name, Zeek type as `#types` shows it, and how to read it from the script record. */
export type LogColumn = readonly [name: string, type: string, get: (rec: Record<string, unknown>) => unknown];

type Rec = Record<string, unknown>;
const portOf = (v: unknown): number | undefined => (v === undefined ? undefined : portNumber(v as number));

/**
 * weird.log columns (engine.md 1.13, Zeek's base/frameworks/notice/weird.zeek). Flow weirds have ports 0
 * and no uid; net weirds leave every `id.*` unset.
 */
export const WEIRD_COLUMNS: readonly LogColumn[] = [
  ...FLAT_CONN_ID_COLUMNS,
  ['name', 'string', (r) => r.name],
  ['addl', 'string', (r) => (r.addl === '' ? undefined : r.addl)],
  ['notice', 'bool', (r) => r.notice === true],
  ['peer', 'string', () => 'zeek'],
  ['source', 'string', (r) => (r.source === '' ? undefined : r.source)],
];

const count = (name: string): LogColumn => [name, 'count', (r) => r[name]];

/** stats.log columns (engine.md 6.1; Zeek's Stats::Info, policy/policy/misc/stats.bro). */
export const STATS_COLUMNS: readonly LogColumn[] = [
  ['ts', 'time', (r) => r.ts],
  ['peer', 'string', (r) => r.peer],
  count('mem'),
  count('pkts_proc'),
  count('bytes_recv'),
  count('pkts_dropped'),
  count('pkts_link'),
  ['pkt_lag', 'interval', (r) => r.pkt_lag],
  count('pkts_filtered'),
  count('events_proc'),
  count('events_queued'),
  count('active_tcp_conns'),
  count('active_udp_conns'),
  count('active_icmp_conns'),
  count('tcp_conns'),
  count('udp_conns'),
  count('icmp_conns'),
  count('timers'),
  count('active_timers'),
  count('files'),
  count('active_files'),
  count('dns_requests'),
  count('active_dns_requests'),
  count('reassem_tcp_size'),
  count('reassem_file_size'),
  count('reassem_frag_size'),
  count('reassem_unknown_size'),
];

/** signatures.log columns (engine.md 5.12). */
export const SIGNATURE_COLUMNS: readonly LogColumn[] = [
  ['ts', 'time', (r) => r.ts],
  ['uid', 'string', (r) => r.uid],
  ['src_addr', 'addr', (r) => r.src_addr],
  ['src_port', 'port', (r) => portOf(r.src_port)],
  ['dst_addr', 'addr', (r) => r.dst_addr],
  ['dst_port', 'port', (r) => portOf(r.dst_port)],
  ['note', 'enum', (r) => r.note],
  ['sig_id', 'string', (r) => r.sig_id],
  ['event_msg', 'string', (r) => r.event_msg],
  ['sub_msg', 'string', (r) => r.sub_msg],
  ['sig_count', 'count', (r) => r.sig_count],
  ['host_count', 'count', (r) => r.host_count],
];

function tsvValue(type: string, v: unknown): string {
  if (v === undefined) return '-';
  if (type === 'time' || type === 'interval') return (v as number).toFixed(6);
  if (typeof v === 'string') return v === '' ? '(empty)' : escapeTsv(v);
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  return String(v);
}

/**
 * One log line (without newline) in Zeek's tab-separated format.
 *
 * ## Example
 * ```ts
 * formatLogTsv(SIGNATURE_COLUMNS, { ts: 1.5, note: 'Signatures::Sensitive_Signature' }); // "1.500000\t-\t-\t..."
 * ```
 */
export function formatLogTsv(columns: readonly LogColumn[], rec: Rec): string {
  let out = '';
  for (let i = 0; i < columns.length; i++) {
    const [, type, get] = columns[i];
    if (i > 0) out += '\t';
    out += tsvValue(type, get(rec));
  }
  return out;
}

/**
 * One JSON-lines record (unset fields omitted, times as numbers).
 *
 * ## Example
 * ```ts
 * formatLogJson(SIGNATURE_COLUMNS, { ts: 1.5, sig_id: 's' }); // '{"ts":1.5,"sig_id":"s"}'
 * ```
 */
export function formatLogJson(columns: readonly LogColumn[], rec: Rec): string {
  const o: Rec = {};
  for (const [name, type, get] of columns) {
    const v = get(rec);
    if (v === undefined) continue;
    o[name] = type === 'time' || type === 'interval' ? Number((v as number).toFixed(6)) : type === 'set[enum]' ? [v] : v;
  }
  return JSON.stringify(o);
}

/** A log file created on its first line, written synchronously so nothing is lost on `exit()`. */
export interface ScriptLog {
  write(rec: Rec): void;
  close(): void;
}

/**
 * Opens `<dir>/<path>.log` lazily (Zeek writes no file when nothing was logged).
 *
 * ## Example
 * ```ts
 * const log = openScriptLog('.', 'signatures', SIGNATURE_COLUMNS, false);
 * events.on('Signatures::log_signature', (rec) => log.write(rec));
 * ```
 */
export function openScriptLog(dir: string, path: string, columns: readonly LogColumn[], json: boolean, now: () => Date = () => new Date()): ScriptLog {
  let fd = -1;
  const put = (s: string): void => {
    if (fd < 0) {
      fd = openSync(join(dir, `${path}.log`), 'w');
      if (!json) {
        writeSync(fd, asciiHeader(path, columns.map((c) => c[0]), columns.map((c) => c[1]), now()) + '\n');
      }
    }
    writeSync(fd, s);
  };
  return {
    write(rec) {
      put((json ? formatLogJson(columns, rec) : formatLogTsv(columns, rec)) + '\n');
    },
    close() {
      if (fd < 0) return;
      if (!json) writeSync(fd, `#close\t${logDate(now())}\n`);
      closeSync(fd);
      fd = -1;
    },
  };
}
