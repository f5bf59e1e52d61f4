import { Observable, OperatorFunction, SchedulerLike } from 'rxjs';
import { hostFor } from './timerHost';

/** A request to deliver `value` later: after an interval or at an absolute time, in seconds. */
export type ScheduleRequest<T> =
  | { readonly afterSeconds: number; readonly value: T }
  | { readonly atSeconds: number; readonly value: T };

interface Pending<T> {
  readonly due: number;
  readonly seq: number;
  readonly value: T;
  handle: unknown;
}

/**
 * Bro's `schedule` as an operator: each request's value is emitted when network time
 * reaches its due time (language.md §6).
 *
 * Equal due times are emitted in request order. When the source completes — the end of
 * input — every value still pending is emitted at once, in (due time, request order), and
 * then the output completes: this is the termination flush of §6.4 (scheduled events do
 * run at shutdown, seeing the final network time). Requests that arrive while the
 * scheduler is terminating are dropped, as `schedule` is a no-op then.
 *
 * ## Example
 * ```ts
 * // schedule 5 secs { check(c) } for every new connection
 * newConns$.pipe(
 *   map(c => ({ afterSeconds: 5, value: c })),
 *   scheduleOn(clock),
 * ).subscribe(check);
 * ```
 *
 * @param scheduler the run's clock (`TestScheduler` in specs, `NetworkTimeScheduler` in runs).
 * @return an operator from schedule requests to their values, each at its due time.
 */
export function scheduleOn<T>(scheduler: SchedulerLike): OperatorFunction<ScheduleRequest<T>, T> {
  return (source) =>
    new Observable<T>((subscriber) => {
      const host = hostFor(scheduler);
      const pending = new Map<number, Pending<T>>();
      let seq = 0;
      const fire = (p: Pending<T>): void => {
        pending.delete(p.seq);
        subscriber.next(p.value);
      };
      const sub = source.subscribe({
        next(req) {
          if (host.terminating()) return;
          const due = 'atSeconds' in req ? req.atSeconds : host.nowSeconds() + req.afterSeconds;
          const p: Pending<T> = { due, seq: seq++, value: req.value, handle: null };
          pending.set(p.seq, p);
          p.handle = host.at(due, fire, p);
        },
        error: (err) => subscriber.error(err),
        complete() {
          // §6.4: flush in (due, seq) order; Map order is seq order, and sort is stable.
          const rest = [...pending.values()].sort((a, b) => a.due - b.due);
          pending.clear();
          for (const p of rest) {
            host.cancel(p.handle);
            subscriber.next(p.value);
          }
          subscriber.complete();
        },
      });
      return () => {
        sub.unsubscribe();
        for (const p of pending.values()) host.cancel(p.handle);
        pending.clear();
      };
    });
}
