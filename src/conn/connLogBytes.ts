import { AsciiBuffer, SLACK } from './AsciiBuffer';
import { connLogHeader, type ConnLogColumns, type ConnLogRow, type ConnLogWriter, escapeTsv, formatConnLogJson, logDate } from './connLog';

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

/** A column written unescaped, as the string writer concatenates it (addresses, proto). */
function rawText(out: AsciiBuffer, s: string): void {
  if (typeof s === 'string') out.str(s);
  else out.text(String(s));
}

/** A set column: `-` when empty, else the members joined by `,` (unescaped, as the string writer does). */
function setText(out: AsciiBuffer, a: string[]): void {
  if (a.length === 0) out.byte(0x2d);
  else if (a.length === 1 && typeof a[0] === 'string') out.str(a[0]);
  else out.text(a.join(','));
}

/** A `string` column: `(empty)`, the text, or its escaped form (`escapeTsv`) when it holds a byte to escape. */
function tsvString(out: AsciiBuffer, s: string): void {
  if (s === '') {
    out.str('(empty)');
    return;
  }
  if (typeof s !== 'string') {
    out.text(String(s));
    return;
  }
  const n = s.length;
  out.reserve(n + SLACK);
  const b = out.bytes;
  const start = out.pos;
  let p = start;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x5c) {
      // Rare: start the column again from its escaped text.
      out.pos = start;
      out.text(escapeTsv(s));
      return;
    }
    b[p++] = c;
  }
  out.pos = p;
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
export function createConnLogByteWriter(sink: (bytes: Uint8Array) => void, opts: ConnLogByteWriterOptions = {}): ConnLogWriter {
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
  return {
    write(row) {
      if (json) {
        buf.text(formatConnLogJson(row, extra) + '\n');
      } else {
        if (!opened) {
          opened = true;
          buf.text(connLogHeader(now(), extra) + '\n');
        }
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
