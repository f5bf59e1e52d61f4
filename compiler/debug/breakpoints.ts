/**
 * Breakpoints of the script debugger (engine.md §6.9): where they are, their state, and the `info
 * breakpoints` table.
 */
import type { Pos } from '../diagnostics';
import { displayFile } from './traceLocation';

/** One breakpoint: a statement (the position object the statement hook receives) and its settings. */
export interface Breakpoint {
  id: number;
  /** The statement it stops before. */
  stmt: Pos;
  /** Set on a function/handler (its first statement): the name, for messages. */
  func?: string;
  enabled: boolean;
  /** A script expression; the breakpoint stops only when it is true. */
  cond?: string;
}

/**
 * Where a breakpoint is, as `Breakpoint N set at …` and `info breakpoints` say it.
 *
 * ## Example
 * ```ts
 * breakpointWhere({ id: 1, stmt, func: 'connection_established', enabled: true }); // 'connection_established at ./dbg.bro:3'
 * ```
 */
export function breakpointWhere(bp: Breakpoint): string {
  const at = `${displayFile(bp.stmt.file)}:${bp.stmt.line}`;
  return bp.func ? `${bp.func} at ${at}` : at;
}

/**
 * The `info breakpoints` table: a header, then `%-4d%-15s%-5s%-4s%s` rows.
 *
 * ## Example
 * ```ts
 * breakpointTable([bp]);
 * // 'Num Type           Disp Enb What\n1   breakpoint     keep y   connection_established at ./dbg.bro:3\n'
 * ```
 */
export function breakpointTable(bps: readonly Breakpoint[]): string {
  let out = 'Num Type           Disp Enb What\n';
  for (const bp of bps) {
    out += `${String(bp.id).padEnd(4)}${'breakpoint'.padEnd(15)}${'keep'.padEnd(5)}${(bp.enabled ? 'y' : 'n').padEnd(4)}${breakpointWhere(bp)}\n`;
    if (bp.cond) out += `\tstop only if ${bp.cond}\n`;
  }
  return out;
}

/**
 * The breakpoint numbers a `delete`/`disable`/`enable` argument list names (non-numbers are skipped).
 *
 * ## Example
 * ```ts
 * breakpointNumbers('1 3'); // [1, 3]
 * ```
 */
export function breakpointNumbers(args: string): number[] {
  return args.split(/\s+/).filter((w) => /^\d+$/.test(w)).map(Number);
}
