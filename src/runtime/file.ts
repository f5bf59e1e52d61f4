/**
 * `file` values (language.md §10.7): output files for `print f, ...`, `write_file`.
 *
 * Representation: `{ name, fd, open, raw, buf }`. Writes are buffered in memory and
 * flushed with synchronous writes on `close`, `flush_all`, when the buffer grows
 * past 64 KiB, and at exit (`flushAllFiles`). The name `"-"` writes to the context's
 * standard output instead.
 */
import * as fs from 'fs';
import type { BuiltinContext } from './context';

export interface FileValue {
  readonly name: string;
  /** OS file descriptor, or -1 for `"-"` (stdout through the context). */
  fd: number;
  open: boolean;
  /** `&raw_output`: prints are written raw (no escaping, separators, newline). */
  raw: boolean;
  /** Pending bytes as binary strings. */
  buf: string[];
  bufLen: number;
  /** Bytes in the file: what it held when opened for appending plus everything written (`|f|`). */
  size: number;
  readonly ctx?: BuiltinContext;
  /** `set_buf(f, F)`: every write goes to the OS at once (a profile survives a crash). */
  unbuffered?: boolean;
}

const OPEN_FILES = new Set<FileValue>();
const FLUSH_AT = 65536;

/**
 * Opens (creating/truncating, or appending) a file relative to the working directory.
 *
 * ## Example
 * ```ts
 * const f = openFile('out.log', false);
 * fileWrite(f, 'hello\n');
 * fileClose(f);
 * ```
 */
export function openFile(name: string, append: boolean, ctx?: BuiltinContext): FileValue {
  const fd = name === '-' ? -1 : fs.openSync(name, append ? 'a' : 'w');
  const size = append && fd >= 0 ? fs.fstatSync(fd).size : 0;
  const f: FileValue = { name, fd, open: true, raw: false, buf: [], bufLen: 0, size, ctx };
  OPEN_FILES.add(f);
  return f;
}

/**
 * Writes bytes (binary string) to the file; ignored once closed.
 *
 * ## Example
 * ```ts
 * fileWrite(f, 'line\n'); // true while open
 * ```
 */
export function fileWrite(f: FileValue, data: string): boolean {
  if (!f.open) return false;
  f.buf.push(data);
  f.bufLen += data.length;
  f.size += data.length;
  if (f.bufLen >= FLUSH_AT || f.unbuffered === true) fileFlush(f);
  return true;
}

/**
 * Writes pending bytes to the OS.
 *
 * ## Example
 * ```ts
 * fileFlush(f);
 * ```
 */
export function fileFlush(f: FileValue): void {
  if (f.bufLen === 0 && f.buf.length === 0) return;
  const data = f.buf.join('');
  f.buf.length = 0;
  f.bufLen = 0;
  if (f.fd < 0) {
    if (f.ctx) f.ctx.write(data);
    else process.stdout.write(Buffer.from(data, 'latin1'));
  } else fs.writeSync(f.fd, Buffer.from(data, 'latin1'));
}

/**
 * Flushes and closes; later writes are ignored. Returns false if already closed.
 *
 * ## Example
 * ```ts
 * fileClose(f); // true the first time
 * ```
 */
export function fileClose(f: FileValue): boolean {
  if (!f.open) return false;
  fileFlush(f);
  f.open = false;
  if (f.fd >= 0) fs.closeSync(f.fd);
  OPEN_FILES.delete(f);
  return true;
}

/**
 * `flush_all()`: flushes every open file.
 *
 * ## Example
 * ```ts
 * flushAllFiles();
 * ```
 */
export function flushAllFiles(): void {
  for (const f of OPEN_FILES) fileFlush(f);
}

/**
 * Closes every open file (at exit).
 *
 * ## Example
 * ```ts
 * closeAllFiles(); // at exit
 * ```
 */
export function closeAllFiles(): void {
  for (const f of [...OPEN_FILES]) fileClose(f);
}
