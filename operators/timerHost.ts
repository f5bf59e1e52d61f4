import { asyncScheduler, SchedulerLike, Subscription } from 'rxjs';

/**
 * The little a state operator needs from a clock: network time in seconds, the
 * terminating flag of language.md §5.7, and one-shot timers at absolute times.
 *
 * Why an adapter instead of calling `scheduler.schedule` everywhere: on the
 * `NetworkTimeScheduler` engine timers (`at`) created during the termination
 * flush are flushed too, while RxJS actions created then are deliberately left
 * pending — and a re-armed `when` timeout must still run (Appendix B). So when
 * the scheduler offers the engine API we use it; any other `SchedulerLike`
 * (`TestScheduler`, `asyncScheduler`) gets plain `schedule` calls.
 */
export interface TimerHost {
  /** Current network time in seconds (RxJS `now()` is milliseconds). */
  nowSeconds(): number;
  /** True once the run is shutting down (§5.7 step 4): no expiry, no new `schedule`. */
  terminating(): boolean;
  /** Arms `fn(state)` at absolute network time `dueSeconds`; returns a handle for `cancel`. */
  at<S>(dueSeconds: number, fn: (state: S) => void, state: S): unknown;
  /** Cancels a handle returned by `at`; harmless if it already fired. */
  cancel(handle: unknown): void;
}

/** Duck type of `src/time/NetworkTimeScheduler`'s engine API (seconds, not ms). */
interface EngineClock {
  readonly networkTime: number;
  readonly terminating: boolean;
  at<S>(due: number, fn: (state: S, now: number) => void, state?: S): unknown;
  cancel(handle: unknown): boolean;
}

function isEngineClock(s: SchedulerLike): s is SchedulerLike & EngineClock {
  const c = s as Partial<EngineClock>;
  return typeof c.at === 'function' && typeof c.cancel === 'function' && typeof c.networkTime === 'number';
}

/**
 * Wraps `scheduler` (default `asyncScheduler`) as a {@link TimerHost}.
 *
 * ## Example
 * ```ts
 * const host = timerHost(new NetworkTimeScheduler());
 * host.at(host.nowSeconds() + 5, (msg: string) => console.log(msg), 'five seconds later');
 * ```
 *
 * @param scheduler any RxJS scheduler; a `NetworkTimeScheduler` is used through its engine API.
 * @param isTerminating overrides how the shutdown flag is read (default: the scheduler's
 * `terminating` property, false if it has none).
 * @return the adapter; create it once per table or trigger engine, not per timer.
 */
export function timerHost(scheduler: SchedulerLike = asyncScheduler, isTerminating?: () => boolean): TimerHost {
  const flagged = scheduler as { terminating?: unknown };
  const terminating = isTerminating ?? (() => flagged.terminating === true);
  if (isEngineClock(scheduler)) {
    const clock = scheduler;
    return {
      nowSeconds: () => clock.networkTime,
      terminating,
      at: (due, fn, state) => clock.at(due, fn, state),
      cancel: (handle) => void clock.cancel(handle),
    };
  }
  return {
    nowSeconds: () => scheduler.now() / 1000,
    terminating,
    // `fn` is passed as the RxJS work itself (it ignores `this`), so arming costs
    // only the scheduler's own action object.
    // Due times are rounded to whole microseconds (pcap resolution) so that seconds
    // like 0.004 + 0.005 land on frame 9 exactly instead of 9.000000000000002.
    at: (due, fn, state) =>
      scheduler.schedule(fn as (s?: unknown) => void, Math.max(0, Math.round(due * 1e6) / 1e3 - scheduler.now()), state),
    cancel: (handle) => (handle as Subscription).unsubscribe(),
  };
}

const hosts = new WeakMap<SchedulerLike, TimerHost>();

/**
 * The shared {@link TimerHost} of `scheduler`, created on first use: per-call cores such as
 * `schedule()` use it so that arming a timer allocates nothing beyond the timer itself.
 *
 * ## Example
 * ```ts
 * hostFor(clock) === hostFor(clock); // true
 * ```
 *
 * @param scheduler the run's clock.
 * @return its adapter (reading the shutdown flag from the scheduler's `terminating`).
 */
export function hostFor(scheduler: SchedulerLike): TimerHost {
  let host = hosts.get(scheduler);
  if (host === undefined) hosts.set(scheduler, (host = timerHost(scheduler)));
  return host;
}
