import { SchedulerLike } from 'rxjs';
import { hostFor } from './timerHost';

/**
 * Bro's `schedule` statement (language.md §6): runs `fn(state)` once network time has
 * advanced `intervalSeconds` past now.
 *
 * The timer fires at the first advance whose network time is at or after the due time; a
 * zero or negative interval fires at the next advance, never synchronously. Equal due
 * times fire in scheduling order (the scheduler's `(due, seq)` order; `TestScheduler` and
 * `NetworkTimeScheduler` both keep it). While the run is terminating (§5.7 step 4) this is
 * a no-op and returns `undefined`; timers already pending are flushed by the scheduler at
 * shutdown and do run. For the compiler, `fn` appends the event to the queue, so it takes
 * its arguments through `state` and needs no closure per call. Bro offers no cancellation;
 * the returned handle exists for tests and debugging only.
 *
 * ## Example
 * ```ts
 * // schedule 10 mins { my_event(x, "tag") };
 * schedule(clock, 600, enqueueEvent, { name: 'my_event', args: [x, 'tag'] });
 * ```
 *
 * @param scheduler the run's clock (milliseconds like every RxJS scheduler).
 * @param intervalSeconds delay in seconds (a Bro `interval`).
 * @param fn what to run when due; receives `state`.
 * @param state argument for `fn`, captured now (aggregates by reference, as in Bro).
 * @return an opaque timer handle, or `undefined` when terminating.
 */
export function schedule<S>(
  scheduler: SchedulerLike,
  intervalSeconds: number,
  fn: (state: S) => void,
  state: S,
): unknown {
  const host = hostFor(scheduler);
  if (host.terminating()) return undefined;
  return host.at(host.nowSeconds() + intervalSeconds, fn, state);
}

/**
 * `schedule t { ... }` with an absolute `time` (seconds since the epoch): due at
 * `timeSeconds`, or at the next advance if that time has passed.
 *
 * ## Example
 * ```ts
 * scheduleAt(clock, t0 + 5, enqueueEvent, ev); // schedule t0 + 5 secs { e() }
 * ```
 *
 * @param scheduler the run's clock.
 * @param timeSeconds absolute due time in seconds.
 * @param fn what to run when due.
 * @param state argument for `fn`.
 * @return an opaque timer handle, or `undefined` when terminating.
 */
export function scheduleAt<S>(
  scheduler: SchedulerLike,
  timeSeconds: number,
  fn: (state: S) => void,
  state: S,
): unknown {
  const host = hostFor(scheduler);
  if (host.terminating()) return undefined;
  return host.at(timeSeconds, fn, state);
}
