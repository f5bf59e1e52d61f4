import { timerCallbackName } from '../../time/timerTypeNames';
import type { NetworkTimeScheduler } from '../../time';

/**
 * Pending timers per Bro timer type (engine.md 6.3), from the name each callback was given
 * (`nameTimerCallback`); unnamed callbacks (RxJS work) count in `current` only. O(pending
 * timers), run only when a profile is written.
 *
 * ## Example
 * ```ts
 * countTimersByType(scheduler).get('ConnectionInactivityTimer'); // e.g. 30
 * ```
 */
export function countTimersByType(scheduler: NetworkTimeScheduler): Map<string, number> {
  const out = new Map<string, number>();
  scheduler.forEachPending((fn) => {
    const name = timerCallbackName(fn);
    if (name !== undefined) out.set(name, (out.get(name) ?? 0) + 1);
  });
  return out;
}
