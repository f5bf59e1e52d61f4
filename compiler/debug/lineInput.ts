/**
 * Reads debugger commands from a file descriptor (standard input) one line at a time, synchronously: the
 * debugger stops inside a running statement, where the run cannot wait for an asynchronous read.
 */
import { readSync } from 'node:fs';

/** A synchronous line source; `null` at end of input. */
export type ReadLine = () => string | null;

/**
 * Creates a line reader on `fd` using `fs.readSync` (retrying while a non-blocking descriptor has no data).
 *
 * ## Example
 * ```ts
 * const readLine = createLineInput(0);
 * readLine(); // 'break connection_established' (without the newline), or null at end of input
 * ```
 */
export function createLineInput(fd: number): ReadLine {
  let pending = '';
  let eof = false;
  const chunk = Buffer.alloc(4096);
  const wait = new Int32Array(new SharedArrayBuffer(4));
  return () => {
    for (;;) {
      const nl = pending.indexOf('\n');
      if (nl >= 0) {
        const line = pending.slice(0, nl).replace(/\r$/, '');
        pending = pending.slice(nl + 1);
        return line;
      }
      if (eof) {
        if (pending === '') return null;
        const last = pending;
        pending = '';
        return last;
      }
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(wait, 0, 0, 20);
          continue;
        }
        if (code === 'EOF') n = 0;
        else throw e;
      }
      if (n === 0) eof = true;
      else pending += chunk.toString('latin1', 0, n);
    }
  };
}
