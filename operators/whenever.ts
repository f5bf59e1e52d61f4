import { asyncScheduler, Observable, OperatorFunction, SchedulerLike } from 'rxjs';
import { createWhenEngine } from './createWhenEngine';

/** How a `when` ended: its condition held (with the change that made it hold), or it timed out. */
export type WhenOutcome<T> = { readonly kind: 'fired'; readonly value: T | undefined } | { readonly kind: 'timeout' };

/** Options of {@link whenever} and `returnWhen`. */
export interface WheneverOptions {
  /** Timeout in **seconds** (Bro `interval`), counted from subscription; omit for none. */
  timeout?: number;
  /** The run's clock. Default `asyncScheduler`. */
  scheduler?: SchedulerLike;
}

/**
 * Bro's `when ( COND ) … timeout I { … }` as an operator: the source signals state changes
 * (one emission per drain that touched what the condition reads, §8.3), the condition is
 * re-evaluated on each, and the output emits one {@link WhenOutcome} and completes.
 *
 * The condition is evaluated once on subscription with `undefined` (a `when` checks at
 * once); if it holds, the outcome is emitted synchronously. A timeout emits
 * `{ kind: 'timeout' }` at subscription time + `timeout` — for a subscription made at
 * network time 0 the count starts at the first advance instead (Appendix B). When the
 * source completes (end of input) while still waiting, a `when` with a timeout emits its
 * timeout at once — the shutdown flush runs timeout blocks (§8.7) — and one without just
 * completes. A condition that throws counts as false.
 *
 * ## Example
 * ```ts
 * drained$.pipe(whenever(() => 15 in x2, { timeout: 10, scheduler: clock }))
 *   .subscribe(o => print(o.kind === 'fired' ? 'got 15' : 'timeout'));
 * ```
 *
 * @param condition `COND`, given the latest change notification (undefined at first).
 * @param options timeout in seconds and scheduler.
 * @return an operator from change notifications to one outcome.
 */
export function whenever<T>(
  condition: (latest: T | undefined) => boolean,
  options: WheneverOptions = {},
): OperatorFunction<T, WhenOutcome<T>> {
  const scheduler = options.scheduler ?? asyncScheduler;
  const timeout = options.timeout;
  return (source) =>
    new Observable<WhenOutcome<T>>((subscriber) => {
      let latest: T | undefined;
      const engine = createWhenEngine({ scheduler });
      const trigger = engine.when({
        condition: () => condition(latest),
        body: () => {
          subscriber.next({ kind: 'fired', value: latest });
          subscriber.complete();
        },
        timeoutSeconds: timeout,
        timeoutBody: () => {
          subscriber.next({ kind: 'timeout' });
          subscriber.complete();
        },
      });
      if (trigger.state !== 'pending') return;
      const sub = source.subscribe({
        next(v) {
          latest = v;
          engine.markDirty(trigger);
          engine.reevaluate();
        },
        error: (err) => subscriber.error(err),
        complete() {
          if (trigger.state !== 'pending') return;
          engine.discard(trigger);
          if (timeout !== undefined) subscriber.next({ kind: 'timeout' });
          subscriber.complete();
        },
      });
      return () => {
        sub.unsubscribe();
        engine.discard(trigger);
      };
    });
}
