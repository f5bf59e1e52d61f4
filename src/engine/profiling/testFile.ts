import type { FileValue } from '../../runtime/file';

/**
 * A `file` value that keeps what is written in memory, for the profilers' unit specs.
 *
 * ## Example
 * ```ts
 * const f = createFile(); fileWrite(f.file, 'x'); f.text(); // 'x'
 * ```
 */
export function createFile(): { file: FileValue; text(): string } {
  const file: FileValue = { name: 'mem', fd: -2, open: true, raw: false, buf: [], bufLen: 0, size: 0 };
  return { file, text: () => file.buf.join('') };
}
