/**
 * Converts an RxJS due time in milliseconds into the heap key in seconds such
 * that "key ≤ networkTime" holds exactly when `networkTime * 1000 >= ms`.
 *
 * Why not simply `ms / 1000`: RxJS operators re-check `scheduler.now()` against
 * their own millisecond arithmetic when an action runs (`debounceTime` computes
 * `lastTime + dueTime` and reschedules if `now() < target`). If the heap fired
 * an action at a network time whose `now()` is one ulp below the target, the
 * operator would reschedule it with a sub-ulp delay that is due again at once,
 * and the advance would never end. Taking the smallest double `s` with
 * `s * 1000 >= ms` makes the heap agree with `now()` bit for bit, because
 * multiplication by 1000 is monotonic in IEEE arithmetic.
 *
 * ## Example
 * ```ts
 * dueSecondsForMs(30) * 1000 >= 30;   // true, and no smaller double has that property
 * dueSecondsForMs(1001);             // 1.0010000000000001 (1.001 * 1000 is 1000.9999999999999)
 * ```
 */
export function dueSecondsForMs(ms: number): number {
  if (!Number.isFinite(ms)) return ms / 1000;
  let s = ms / 1000;
  while (s * 1000 < ms) s = nextUp(s);
  for (;;) {
    const lower = nextDown(s);
    if (lower * 1000 >= ms) s = lower;
    else return s;
  }
}

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/** The next representable double above `x` (finite `x`). */
export function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  f64[0] = x;
  i64[0] += x > 0 ? 1n : -1n;
  return f64[0];
}

/** The next representable double below `x` (finite `x`). */
export function nextDown(x: number): number {
  return -nextUp(-x);
}
