/**
 * Bro or Zeek: which name the debugger uses for itself (`(Bro [0]) ` / `Policy file debugging ON.` or
 * `(Zeek [0]) ` / `Zeek script debugging ON.`), decided by the spelling the user's scripts use.
 */
import { POLICY_DIR } from '../index';
import type { Program } from '../lower/program';
import type { DebuggerSpelling } from './debugger';

/**
 * `Zeek` if a user script (not one of rxbro's own policy files) is a `.zeek` file or handles `zeek_init`/
 * `zeek_done`; `Bro` otherwise (the old workshop material, and the reference transcripts, are Bro's).
 *
 * ## Example
 * ```ts
 * debuggerSpelling(program); // 'Bro' for `rxbro run -d dbg.bro`
 * ```
 */
export function debuggerSpelling(program: Pick<Program, 'files' | 'sourceOf'>): DebuggerSpelling {
  const user = program.files.filter((f) => !f.startsWith(POLICY_DIR));
  const modern = user.some((f) => f.endsWith('.zeek') || /\bevent\s+zeek_(init|done)\b/.test(program.sourceOf(f) ?? ''));
  return modern ? 'Zeek' : 'Bro';
}
