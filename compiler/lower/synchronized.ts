/**
 * `&synchronized` globals and `capture_state_updates` (engine.md §6.7): writes to such a global are
 * lowered with a report to `ctx.stateUpdate` (installed by the engine once a script starts the
 * capture). Decided per write site at compile time, so no other global pays anything.
 */
import type { Expr } from '../ast';
import type { GlobalSym, Sym } from '../check/symbols';
import type { Runtime } from './runtime';

/** The operations reported (engine.md §6.7's vocabulary; `+=` is reported as the assignment it is). */
export type StateOp = 'assign' | 'add' | 'del';

/**
 * The name of the `&synchronized` global `e` names directly, or undefined.
 *
 * ## Example
 * ```ts
 * synchronizedName(stmt.target.target); // 'peers' for `add peers[1.2.3.4]` on a synchronized set
 * ```
 */
export function synchronizedName(e: Expr): string | undefined {
  if (e.k !== 'name') return undefined;
  const s = e.info?.sym as Sym | undefined;
  if (!s || s.kind !== 'global') return undefined;
  return (s as GlobalSym).attrs.some((a) => a.name === 'synchronized') ? s.name : undefined;
}

/**
 * Reports one operation on a synchronized global to the running capture, if any.
 *
 * ## Example
 * ```ts
 * reportStateUpdate(rt, 'add', 'peers', ['1.2.3.4']);
 * ```
 */
export function reportStateUpdate(rt: Runtime, op: StateOp, id: string, index?: readonly unknown[], value?: unknown): void {
  const sink = rt.ctx.stateUpdate;
  if (sink) sink(op, id, index, value);
}
