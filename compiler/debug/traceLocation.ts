/**
 * Where a trace line or a debugger stop says execution is: the innermost script body's current statement,
 * or the body's own location before its first statement (engine.md §6.8).
 */
import type { Pos } from '../diagnostics';
import type { TraceCall } from '../lower/runtime';

/** One running script body as the tracer and debugger track it. */
export interface ActiveFrame {
  call: TraceCall;
  /** The statement about to run (or running) in this body; undefined before the first one. */
  stmt: Pos | undefined;
}

/**
 * `file:line` of the innermost frame: its current statement, else the body's location (the last line of its
 * last statement, as Bro 1.5 records a function's location), else `<no filename>:0` outside any body.
 *
 * ## Example
 * ```ts
 * frameLocation([{ call, stmt: { file: 'csr.bro', line: 3, col: 2, offset: 40 } }]); // 'csr.bro:3'
 * frameLocation([]);                                                                  // '<no filename>:0'
 * ```
 */
export function frameLocation(frames: readonly ActiveFrame[]): string {
  const top = frames[frames.length - 1];
  if (top === undefined) return '<no filename>:0';
  return activeLocation(top);
}

/**
 * `file:line` of one frame: its current statement, else the body's location.
 *
 * ## Example
 * ```ts
 * activeLocation({ call, stmt: undefined }); // './dbg.bro:5' (the body's last statement line)
 * ```
 */
export function activeLocation(frame: ActiveFrame): string {
  if (frame.stmt) return `${displayFile(frame.stmt.file)}:${frame.stmt.line}`;
  const pos = frame.call.pos;
  if (pos) return `${displayFile(pos.file)}:${frame.call.lastLine ?? pos.line}`;
  return '<no filename>:0';
}

/**
 * A script file as Bro names it in traces and debugger output: a bare file name found in the current folder
 * is `./name` (Bro found it through `.` on its search path); other paths are shown as given.
 *
 * ## Example
 * ```ts
 * displayFile('dbg.bro');        // './dbg.bro'
 * displayFile('/p/csr.bro');     // '/p/csr.bro'
 * displayFile('<inline-1>');     // '<inline-1>'
 * ```
 */
export function displayFile(file: string): string {
  return /^[^/<]+$/.test(file) && !file.startsWith('.') ? `./${file}` : file;
}
