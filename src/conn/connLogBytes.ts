import { AsciiBuffer } from './AsciiBuffer';
import { connLogHeader, type ConnLogColumns, type ConnLogRow, type ConnLogWriter, formatConnLogJson } from './connLog';
import { logDate } from '../logging/asciiText';
import type { Subnet } from './localNets';
import type { Session } from './session';
import { sessionConnLogRow } from './sessionConnLog';
import { writeSessionConnLogTsv } from './sessionConnLogBytes';
import { rawText, tsvString } from './tsvColumns';

/** Room for every column of a row except its strings (numbers are ≤ 32 bytes each). */
const ROW_FIXED_BYTES = 1024;

/**
 * Appends one tab-separated conn.log line (without newline) to `out`: the
 * bytes of `formatConnLogTsv(row)` in UTF-8, without building the string.
 *
 * ## Example
 * ```ts
 * const b = new AsciiBuffer();
 * writeConnLogTsv(b, row);
 * b.view().toString() === formatConnLogTsv(row); // true
 * ```
 */
export function writeConnLogTsv(out: AsciiBuffer, row: ConnLogRow): void {
  out.reserve(ROW_FIXED_BYTES);
  out.fixed6(row.ts);
  out.byte(9);
  tsvString(out, row.uid);
  out.byte(9);
  rawText(out, row['id.orig_h']);
  out.byte(9);
  out.count(row['id.orig_p']);
  out.byte(9);
  rawText(out, row['id.resp_h']);
  out.byte(9);
  out.count(row['id.resp_p']);
  out.byte(9);
  rawText(out, row.proto);
  out.byte(9);
  setText(out, row.service);
  out.byte(9);
  if (row.duration === undefined) out.byte(0x2d);
  else out.fixed6(row.duration);
  out.byte(9);
  optCount(out, row.orig_bytes);
  out.byte(9);
  optCount(out, row.resp_bytes);
  out.byte(9);
  tsvString(out, row.conn_state);
  out.byte(9);
  out.byte(row.local_orig === undefined ? 0x2d : row.local_orig ? 0x54 : 0x46);
  out.byte(9);
  out.byte(row.local_resp === undefined ? 0x2d : row.local_resp ? 0x54 : 0x46);
  out.byte(9);
  out.count(row.missed_bytes);
  out.byte(9);
  if (row.history === undefined) out.byte(0x2d);
  else tsvString(out, row.history);
  out.byte(9);
  out.count(row.orig_pkts);
  out.byte(9);
  out.count(row.orig_ip_bytes);
  out.byte(9);
  out.count(row.resp_pkts);
  out.byte(9);
  out.count(row.resp_ip_bytes);
  out.byte(9);
  setText(out, row.tunnel_parents);
  out.byte(9);
  out.count(row.ip_proto);
}

/** A count column that may be unset. Room is reserved by the row. */
function optCount(out: AsciiBuffer, v: number | undefined): void {
  if (v === undefined) out.byte(0x2d);
  else out.count(v);
}

/** A set column: `-` when empty, else the members joined by `,` (unescaped, as the string writer does). */
function setText(out: AsciiBuffer, a: string[]): void {
  if (a.length === 0) out.byte(0x2d);
  else if (a.length === 1 && typeof a[0] === 'string') out.str(a[0]);
  else out.text(a.join(','));
}

/** The conn.log writer of `createConnLogByteWriter`. */
export interface ConnLogByteWriter extends ConnLogWriter {
  /**
   * Writes the row of a removed session (the tracker's `connLogWriter` path):
   * the same bytes as `write(sessionConnLogRow(s, localNets, macs))`, formatted
   * straight from the session's state when it has no `Connection` record and
   * the line is TSV with the standard columns (`writeSessionConnLogTsv`).
   */
  writeSession(s: Session, localNets: readonly Subnet[], macs: boolean): void;
}

/** Options of `createConnLogByteWriter`. */
export interface ConnLogByteWriterOptions {
  /** Tab-separated (default) or JSON lines. */
  format?: 'tsv' | 'json';
  /** Wall clock for `#open`/`#close`. */
  now?: () => Date;
  /** Bytes gathered before the sink is called (at a row boundary); default 64 KiB. */
  chunkBytes?: number;
  /** Columns appended after the standard ones (e.g. `MAC_LOGGING_FIELDS`); `string` columns only. */
  extraFields?: ConnLogColumns;
}

/**
 * Writes conn.log as bytes: the same output as `createConnLogWriter`
 * (header on the first row, `#close` at the end, nothing at all without rows;
 * or JSON lines) byte for byte, but rows are formatted straight into one
 * reusable buffer and handed to `sink` in pieces of at least `chunkBytes`
 * (whole rows), the rest at `close`. `sink` receives a view of that buffer:
 * it must consume (write or copy) the bytes before returning. It is never
 * called with nothing to write.
 *
 * ## Example
 * ```ts
 * const fd = openSync('conn.log', 'w');
 * const w = createConnLogByteWriter((bytes) => writeSync(fd, bytes));
 * w.write(connLogRow(c, 0));
 * w.close();
 * closeSync(fd);
 * ```
 */
export function createConnLogByteWriter(sink: (bytes: Uint8Array) => void, opts: ConnLogByteWriterOptions = {}): ConnLogByteWriter {
  const json = opts.format === 'json';
  const now = opts.now ?? (() => new Date());
  const chunk = opts.chunkBytes ?? 1 << 16;
  const extra = opts.extraFields ?? [];
  const buf = new AsciiBuffer(chunk + 4096);
  let opened = false;
  let closed = false;
  const flush = (): void => {
    if (buf.pos === 0) return;
    sink(buf.view());
    buf.clear();
  };
  const open = (): void => {
    if (opened) return;
    opened = true;
    buf.text(connLogHeader(now(), extra) + '\n');
  };
  const write = (row: ConnLogRow): void => {
    if (json) {
      buf.text(formatConnLogJson(row, extra) + '\n');
    } else {
      open();
      writeConnLogTsv(buf, row);
      for (let i = 0; i < extra.length; i++) {
        const v = row[extra[i][0]];
        buf.byte(9);
        if (v === undefined) buf.byte(0x2d);
        else tsvString(buf, String(v));
      }
      buf.byte(0x0a);
    }
    if (buf.pos >= chunk) flush();
  };
  return {
    write,
    writeSession(s, localNets, macs) {
      // Only a TSV line with the standard columns is written from the session itself.
      if (s.rec !== null || json || macs || extra.length > 0) {
        write(sessionConnLogRow(s, localNets, macs));
        return;
      }
      open();
      writeSessionConnLogTsv(buf, s, localNets);
      buf.byte(0x0a);
      if (buf.pos >= chunk) flush();
    },
    close() {
      if (closed) return;
      closed = true;
      // Zeek writes no conn.log at all when no connection was logged.
      if (!json && opened) buf.text(`#close\t${logDate(now())}\n`);
      flush();
    },
  };
}
