/**
 * `when ( cond ) body [timeout t { ... }]` and `return when` (language.md §8), lowered onto the operators layer's
 * `createWhenEngine`: the condition registers what it reads (globals by name, aggregates by identity) and is
 * re-evaluated at the end of a drain only after one of those changed (§8.3); timeouts, the network-time-0
 * re-arm and the termination flush are the engine's. With a capture list the trigger gets a copy of the frame
 * (aggregates shared, `copy` captures deep-copied); without one, Bro's legacy semantics: a deep copy of every
 * local, per evaluation.
 */
import type { SchedulerLike } from 'rxjs';
import { createWhenEngine, WhenEngine } from '../../operators';
import { BroRuntimeError, T } from '../../src/runtime';
import type { Stmt } from '../ast';
import { lowerExpr } from './expressions';
import type { Lowerer } from './lowerer';
import { Deferred, Ex, Frame, NORMAL, Pending, reportError, RETURN, Runtime, WhenEval } from './runtime';
import { lowerStmt } from './statements';
import { copyValue } from './values';

function deepFrame(f: Frame): Frame {
  return { v: f.v.map(x => copyValue(x, T.any)), ret: undefined };
}

/**
 * The program's trigger engine, created at `attach`; `rt.notify` reports changes to it while triggers wait.
 *
 * ## Example
 * ```ts
 * installWhenEngine(rt); // then program.checkWhens() after every drain
 * ```
 */
export function installWhenEngine(rt: Runtime): WhenEngine {
  const engine = createWhenEngine({
    scheduler: rt.ctx.scheduler as unknown as SchedulerLike,
    onError: (err) => reportError(rt, err),
  });
  rt.whens = engine;
  rt.notify = (dep) => { if (engine.pendingCount > 0) engine.changed(dep); };
  return engine;
}

/** Delivers a delayed result and wakes the conditions watching it (§8.5). */
export function resolvePending(rt: Runtime, p: Pending, value: unknown): void {
  p.done = true;
  p.value = value;
  rt.whens?.changed(p);
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
  for (const c of s.captures ?? []) {
    const slot = (c as { slot?: number }).slot;
    if (c.copy && slot !== undefined) copySlots.push(slot);
  }
  const run = (ex: Ex, wf: Frame, result: Pending | undefined) => {
    try {
      const code = ex(wf);
      if (result && code === RETURN) resolvePending(rt, result, wf.ret);
    } catch (err) {
      reportError(rt, err);
    }
  };
  return (f, result) => {
    let snapshot: Frame;
    if (legacy) snapshot = deepFrame(f);
    else {
      snapshot = { v: f.v.slice(), ret: undefined };
      for (const slot of copySlots) snapshot.v[slot] = copyValue(snapshot.v[slot], T.any);
    }
    const evalFrame = () => (legacy ? deepFrame(snapshot) : snapshot);
    // Each trigger caches the delayed results of calls in its condition across re-evaluations.
    const evalState: WhenEval = { cache: new Map() };
    let wf = snapshot;
    const tmo = timeout ? (timeout(f) as number) : undefined;
    rt.whens!.when({
      condition(watch) {
        wf = evalFrame();
        const savedEval = rt.whenEval, savedWatch = rt.watch;
        rt.whenEval = evalState;
        rt.watch = watch;
        try {
          return cond(wf) as boolean;
        } catch (err) {
          if (err instanceof Deferred) return false;
          if (err instanceof BroRuntimeError) { reportError(rt, err); return false; }
          throw err;
        } finally {
          rt.whenEval = savedEval;
          rt.watch = savedWatch;
        }
      },
      body: () => run(body, wf, result),
      timeoutSeconds: tbody ? tmo : undefined,
      timeoutBody: tbody ? () => run(tbody, evalFrame(), result) : undefined,
    });
  };
}
