/**
 * Timer types for prof.log (engine.md 6.3): each timer callback is named once, where it is
 * defined (a module-level function) or built (a closure made once per `schedule` site or table),
 * and the profiler looks the name up by callback when it writes a record. Timers themselves carry
 * nothing extra, so naming costs nothing per timer or per packet.
 */

// eslint-disable-next-line @typescript-eslint/ban-types -- any callback shape may be named
type Callback = Function;

const NAMES = new WeakMap<Callback, string>();

/**
 * Names a timer callback with its Bro timer type (`ConnectionInactivityTimer`, …) and returns it.
 *
 * ## Example
 * ```ts
 * function inactivityTimer(s: Session, now: number) { … }
 * nameTimerCallback(inactivityTimer, 'ConnectionInactivityTimer');
 * ```
 */
export function nameTimerCallback<F extends Callback>(fn: F, name: string): F {
  NAMES.set(fn, name);
  return fn;
}

/**
 * The Bro timer type of a callback, or undefined if it was never named (RxJS work, tests).
 *
 * ## Example
 * ```ts
 * timerCallbackName(inactivityTimer); // 'ConnectionInactivityTimer'
 * ```
 */
export function timerCallbackName(fn: Callback): string | undefined {
  return NAMES.get(fn);
}
