/**
 * Communication built-ins for scripts written for peers (Bro's remote events, Zeek's Broker): rxbro runs
 * alone, so every event it raises is local.
 */
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

/**
 * `is_remote_event()`: always F (no peers send events to rxbro).
 *
 * ## Example
 * ```ts
 * REMOTE_BUILTINS.is_remote_event.impl(ctx, [], []); // false
 * ```
 */
export const REMOTE_BUILTINS: Record<string, Builtin> = {
  is_remote_event: builtin([], T.bool, () => false),
};
