/**
 * The ASCII writer (Zeek's `Log::WRITER_ASCII`): `<dir>/<path>.log`, created on its first row, as TSV
 * with the meta lines (`#separator` … `#types`, `#close` at the end) or as JSON lines. Rows are written
 * synchronously so nothing is lost when a script calls `exit()`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type AsciiSeparators, asciiHeader, DEFAULT_SEPARATORS, logDate } from './asciiText';
import { columnValue, type LogColumn } from './logColumns';
import { formatJsonValue, formatTsvValue } from './logValues';

/** How one ASCII log looks (Zeek's `LogAscii::*` options). */
export interface AsciiOptions {
  readonly json: boolean;
  readonly separators: AsciiSeparators;
  /** `LogAscii::include_meta`: the `#…` lines of a TSV log (and none in JSON). */
  readonly includeMeta: boolean;
  /** `LogAscii::meta_prefix`. */
  readonly metaPrefix: string;
  /** `LogAscii::output_to_stdout`: rows go to standard output instead of a file. */
  readonly toStdout?: boolean;
}

/** Zeek's ASCII defaults: TSV with meta lines. */
export const DEFAULT_ASCII_OPTIONS: AsciiOptions = { json: false, separators: DEFAULT_SEPARATORS, includeMeta: true, metaPrefix: '#' };

/** One open log file. */
export interface LogWriter {
  write(rec: Record<string, unknown>): void;
  close(): void;
}

/**
 * One row (no newline) as the ASCII writer formats it.
 *
 * ## Example
 * ```ts
 * formatAsciiRow(columns, { ts: 1.5 }, DEFAULT_ASCII_OPTIONS); // '1.500000\t-\t…'
 * ```
 */
export function formatAsciiRow(columns: readonly LogColumn[], rec: Record<string, unknown>, opts: AsciiOptions): string {
  if (opts.json) {
    let out = '{';
    let first = true;
    for (const c of columns) {
      const v = columnValue(rec, c);
      if (v === undefined) continue;
      out += (first ? '' : ',') + JSON.stringify(c.name) + ':' + formatJsonValue(v, c.type);
      first = false;
    }
    return out + '}';
  }
  const seps = opts.separators;
  let out = '';
  for (let i = 0; i < columns.length; i++) {
    if (i > 0) out += seps.separator;
    out += formatTsvValue(columnValue(rec, columns[i]), columns[i].type, seps);
  }
  return out;
}

/**
 * Opens `<dir>/<path>.log` for `columns` (the file is created with the first row, as Zeek creates no
 * file for a stream nothing was written to).
 *
 * ## Example
 * ```ts
 * const w = openAsciiLog('.', 'test', logColumnsOf(Info), DEFAULT_ASCII_OPTIONS);
 * w.write({ ts: 1.5 }); w.close();
 * ```
 */
export function openAsciiLog(
  dir: string,
  path: string,
  columns: readonly LogColumn[],
  opts: AsciiOptions,
  now: () => Date = () => new Date(),
): LogWriter {
  let fd = -1;
  const meta = opts.includeMeta && !opts.json;
  const sep = opts.separators.separator;
  return {
    write(rec) {
      if (fd < 0) {
        fd = opts.toStdout ? 1 : openSync(join(dir, `${path}.log`), 'w');
        if (meta) {
          const header = asciiHeader(path, columns.map((c) => c.name), columns.map((c) => c.typeName), now(), opts.separators, opts.metaPrefix);
          writeSync(fd, Buffer.from(header + '\n', 'latin1'));
        }
      }
      writeSync(fd, Buffer.from(formatAsciiRow(columns, rec, opts) + '\n', 'latin1'));
    },
    close() {
      if (fd < 0) return;
      if (meta) writeSync(fd, `${opts.metaPrefix}close${sep}${logDate(now())}\n`);
      if (fd !== 1) closeSync(fd);
      fd = -1;
    },
  };
}
