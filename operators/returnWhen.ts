import { filter, map, OperatorFunction, pipe } from 'rxjs';
import { whenever, WheneverOptions } from './whenever';

/** What {@link returnWhen} returns in either case. */
export interface ReturnWhenOptions<T, R> extends WheneverOptions {
  /** `return when`'s body: the delayed function's result once the condition holds. */
  body: (latest: T | undefined) => R;
  /** The timeout block's `return` value; without it a timeout yields no value. */
  timeoutBody?: () => R;
}

/**
 * Bro's asynchronous function result, `return when ( COND ) { return X; } timeout I
 * { return Y; }`, as an operator: emits exactly one value — the body's once the condition
 * holds, or the timeout block's once `timeout` seconds pass — and completes.
 *
 * Timing and shutdown rules are those of {@link whenever} (language.md §8.5, §8.6). In a
 * compiled script the caller's own `when` waits for this value; with the plain core use
 * `createWhenEngine().delayed()`, whose result wakes the caller at the next drain.
 *
 * ## Example
 * ```ts
 * // function wait_for(k): count { return when [k] (k in answers) { return answers[k]; } timeout 5 secs { return 0; } }
 * const waitFor = (k: string) => answersChanged$.pipe(
 *   returnWhen(() => answers.has(k), { body: () => answers.get(k)!, timeout: 5, timeoutBody: () => 0, scheduler: clock }),
 * );
 * ```
 *
 * @param condition `COND`, given the latest change notification.
 * @param options `body`, `timeoutBody`, timeout in seconds, scheduler.
 * @return an operator from change notifications to the delayed result.
 */
export function returnWhen<T, R>(
  condition: (latest: T | undefined) => boolean,
  options: ReturnWhenOptions<T, R>,
): OperatorFunction<T, R> {
  const { body, timeoutBody } = options;
  return pipe(
    whenever(condition, options),
    filter((o) => o.kind === 'fired' || timeoutBody !== undefined),
    map((o) => (o.kind === 'fired' ? body(o.value) : timeoutBody!())),
  );
}
