/**
 * Bro 1.x's state built-ins (language.md §9.1, engine.md §6.6/§6.7): persistence checkpoints and
 * rescans, event and state-update capture. They act through the run's `StateControl`; without an
 * engine (REPL, unit tests) they do nothing and return false.
 */
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

/**
 * The state built-ins by name.
 *
 * ## Example
 * ```ts
 * STATE_BUILTINS.checkpoint_state.impl(ctx, [], []); // true once state.bst is written
 * ```
 */
export const STATE_BUILTINS: Record<string, Builtin> = {
  checkpoint_state: builtin([], T.bool, (ctx) => ctx.state?.checkpoint() ?? false),
  rescan_state: builtin([], T.bool, (ctx) => ctx.state?.rescan() ?? false),
  capture_events: builtin([['filename', T.string]], T.bool, (ctx, [f]) => ctx.state?.captureEvents(f as string) ?? false),
  capture_state_updates: builtin([['filename', T.string]], T.bool, (ctx, [f]) => ctx.state?.captureStateUpdates(f as string) ?? false),
  // Bro 1.x kept such a connection's state in state.bst; rxbro accepts the call and keeps nothing
  // (docs/state-format.md): a connection cannot outlive the trace it was read from.
  make_connection_persistent: builtin([['c', T.any]], T.any, () => undefined),
};
