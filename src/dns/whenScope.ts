/**
 * How an asynchronous built-in runs inside a `when` condition (language.md §8.2, §8.3, §8.5): the call
 * starts a lookup and the condition counts as false for that attempt; when the engine's drain delivers
 * the answer, the `when` is woken and its next evaluation gets the value from the same call.
 *
 * This is Zeek's trigger cache (src/Trigger.cc `Cache`/`Lookup`, `frame->SetDelayed()`) keyed by the
 * query rather than by the call expression: one answer per (built-in, argument) for the life of the `when`.
 */
import type { DnsResult } from './DnsResolver';

/** The asynchronous calls one pending `when` has made. Create one per executed `when` statement. */
export interface WhenAsyncScope {
  /** Query key (`kind` NUL argument) → the lookup's result handle. */
  readonly results: Map<string, DnsResult<unknown>>;
  /** Runs when one of this scope's answers is delivered (mark the `when` dirty here). */
  readonly onAnswer: ((scope: WhenAsyncScope) => void) | undefined;
}

/**
 * Thrown by an asynchronous built-in whose answer has not been delivered yet. It is not an error: the
 * evaluation stops and the condition is false for this attempt, silently. One shared object, so throwing
 * it costs no stack trace.
 */
export const DELAYED: { readonly delayed: true } = Object.freeze({ delayed: true as const });

/**
 * True for the {@link DELAYED} marker.
 *
 * ## Example
 * ```ts
 * try { cond(); } catch (e) { if (isDelayed(e)) return false; throw e; }
 * ```
 */
export function isDelayed(err: unknown): boolean {
  return err === DELAYED;
}

let current: WhenAsyncScope | undefined;

/**
 * Creates the scope of one `when`.
 *
 * ## Example
 * ```ts
 * const scope = createWhenAsyncScope((s) => whens.changed(s)); // with operators' createWhenEngine
 * ```
 *
 * @param onAnswer called at delivery of each answer this `when` asked for.
 */
export function createWhenAsyncScope(onAnswer?: (scope: WhenAsyncScope) => void): WhenAsyncScope {
  return { results: new Map(), onAnswer };
}

/**
 * Evaluates a `when` condition with `scope` active, so the asynchronous built-ins it calls (directly or in
 * functions it calls) belong to this `when`. An answer still outstanding makes the result `false`; other
 * exceptions propagate (the caller reports script errors as it does today). Scopes nest: a condition that
 * runs another `when` statement restores the outer scope afterwards.
 *
 * ## Example
 * ```ts
 * const holds = evaluateWhenCondition(scope, () => cond(frame) as boolean);
 * ```
 */
export function evaluateWhenCondition(scope: WhenAsyncScope, cond: () => boolean): boolean {
  const outer = current;
  current = scope;
  try {
    return cond();
  } catch (err) {
    if (err === DELAYED) return false;
    throw err;
  } finally {
    current = outer;
  }
}

/**
 * The scope of the condition being evaluated, or undefined outside any `when` condition (a `when` body or
 * timeout block is outside).
 *
 * ## Example
 * ```ts
 * if (currentWhenScope() === undefined) ctx.error('lookup_addr() can only be called inside a when-condition');
 * ```
 */
export function currentWhenScope(): WhenAsyncScope | undefined {
  return current;
}

/**
 * The value of one asynchronous call inside the current condition: the delivered answer, or throws
 * {@link DELAYED} after starting the lookup (once per scope and query).
 *
 * ## Example
 * ```ts
 * awaitInWhen(scope, `addr\0${a}`, (done) => resolver.lookupAddr(a, done)); // 'localhost' or throws DELAYED
 * ```
 *
 * @param start begins the lookup; must call `done` at delivery.
 */
export function awaitInWhen<T>(scope: WhenAsyncScope, key: string, start: (done: () => void) => DnsResult<T>): T {
  let r = scope.results.get(key) as DnsResult<T> | undefined;
  if (r === undefined) {
    const wake = scope.onAnswer;
    r = start(wake === undefined ? noop : () => wake(scope));
    scope.results.set(key, r);
  }
  if (r.state === 'resolved') return r.value as T;
  throw DELAYED;
}

function noop(): void {}
