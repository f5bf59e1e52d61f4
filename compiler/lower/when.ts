/**
 * `when ( cond ) body [timeout t { ... }]` (language.md §8): the condition is tried at once; if false the trigger
 * stays pending and is re-evaluated after every drain (the approximation §8.3 allows) until it holds or its
 * timeout timer fires. With a capture list the trigger gets a copy of the frame (aggregates shared, `copy`
 * captures deep-copied); without one, Bro's legacy semantics: a deep copy of every local, per evaluation.
 */
import { BroRuntimeError, T } from '../../src/runtime';
import type { Stmt } from '../ast';
import { lowerExpr } from './expressions';
import type { Lowerer } from './lowerer';
import { Deferred, Ex, Frame, NORMAL, Pending, PendingWhen, reportError, RETURN, WhenEval } from './runtime';
import { lowerStmt } from './statements';
import { copyValue } from './values';

function deepFrame(f: Frame): Frame {
  return { v: f.v.map(x => copyValue(x, T.any)), ret: undefined };
}

/**
 * Lowers a `when` statement.
 *
 * ## Example
 * ```ts
 * const ex = lowerWhen(L, whenStmt); // ex(frame) arms the trigger and returns NORMAL
 * ```
 */
export function lowerWhen(L: Lowerer, s: Extract<Stmt, { k: 'when' }>): Ex {
  const arm = lowerWhenAsync(L, s);
  return (f) => {
    arm(f, undefined);
    return NORMAL;
  };
}

/**
 * Lowers a `when` whose body/timeout `return` delivers a delayed function result into `result` (§8.5);
 * with `result` undefined it is a plain `when`.
 *
 * ## Example
 * ```ts
 * const arm = lowerWhenAsync(L, whenStmt);
 * const p = new Pending(); arm(frame, p); // p.done once the trigger's body returned
 * ```
 */
export function lowerWhenAsync(L: Lowerer, s: Extract<Stmt, { k: 'when' }>): (f: Frame, result: Pending | undefined) => void {
  const cond = lowerExpr(L, s.cond);
  const body = lowerStmt(L, s.body);
  const timeout = s.timeout ? lowerExpr(L, s.timeout) : undefined;
  const tbody = s.timeoutBody ? lowerStmt(L, s.timeoutBody) : undefined;
  const rt = L.rt;
  const legacy = s.captures === undefined;
  const copySlots: number[] = [];
  if (s.captures) {
    for (const c of s.captures) if (c.copy) {
      const slot = (c as { slot?: number }).slot;
      if (slot !== undefined) copySlots.push(slot);
    }
  }
  const run = (ex: Ex, wf: Frame, result: Pending | undefined) => {
    try {
      const code = ex(wf);
      if (result && code === RETURN) { result.done = true; result.value = wf.ret; }
    } catch (err) {
      reportError(rt, err);
    }
  };
  return (f, result) => {
    // Each trigger caches the delayed results of calls in its condition across re-evaluations.
    const evalState: WhenEval = { cache: new Map() };
    const test = (wf: Frame): boolean => {
      const saved = rt.whenEval;
      rt.whenEval = evalState;
      try {
        return cond(wf) as boolean;
      } catch (err) {
        if (err instanceof Deferred) return false;
        if (err instanceof BroRuntimeError) { reportError(rt, err); return false; }
        throw err;
      } finally {
        rt.whenEval = saved;
      }
    };
    let snapshot: Frame;
    if (legacy) snapshot = deepFrame(f);
    else {
      snapshot = { v: f.v.slice(), ret: undefined };
      for (const slot of copySlots) snapshot.v[slot] = copyValue(snapshot.v[slot], T.any);
    }
    const evalFrame = () => (legacy ? deepFrame(snapshot) : snapshot);
    const tmo = timeout ? (timeout(f) as number) : undefined;
    const first = evalFrame();
    if (test(first)) {
      run(body, first, result);
      return;
    }
    const sched = rt.ctx.scheduler;
    const p: PendingWhen = {
      done: false,
      check() {
        if (p.done) return true;
        const wf = evalFrame();
        if (!test(wf)) return false;
        p.done = true;
        run(body, wf, result);
        return true;
      },
    };
    rt.pending.push(p);
    if (tmo !== undefined && tbody) {
      const createdAtZero = sched.networkTime === 0;
      let rearmed = false;
      const fire = (_s: unknown, now: number) => {
        if (p.done) return;
        // Created before network time was known: the timeout counts from the first packet (§8.6).
        if (createdAtZero && !rearmed && !sched.terminating && now !== 0) {
          rearmed = true;
          sched.at(now + tmo, fire, undefined);
          return;
        }
        p.done = true;
        run(tbody, evalFrame(), result);
      };
      sched.at(sched.networkTime + tmo, fire, undefined);
    }
  };
}
