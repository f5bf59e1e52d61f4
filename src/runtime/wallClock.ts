/** The wall clock for `current_time()` (language.md §10.2). */
import { performance } from 'perf_hooks';

/**
 * Seconds since the epoch with microsecond resolution, like Zeek's `gettimeofday`-based clock
 * (`Date.now()` has only milliseconds, which shows in printed times: `1795684834.499` instead of
 * `1795684834.499123`).
 *
 * ## Example
 * ```ts
 * wallClock(); // 1795684834.499123
 * ```
 */
export function wallClock(): number {
  return Math.round((performance.timeOrigin + performance.now()) * 1000) / 1e6;
}
