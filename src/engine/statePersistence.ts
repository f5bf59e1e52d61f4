/**
 * The run's side of `&persistent` state (language.md §9.1): where the file lives (`state_dir`),
 * loading it at start-up, saving it at termination and on `checkpoint_state()`, re-reading it on
 * `rescan_state()`. Created only when the scripts have persistent globals, so a run without
 * any neither reads nor writes a state directory.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { loadState, saveState, STATE_FILE, StateFileError, type PersistentId } from '../state';

/** What the run loop calls. */
export interface StatePersistence {
  /** Start-up load; throws `StateFileError` for a file that cannot be read (the run must stop). */
  load(): void;
  /** Writes the state file now (termination, `checkpoint_state()`); errors become one line on stderr. */
  save(): boolean;
  /** `rescan_state()`: loads the file again if it changed since this run last read or wrote it. */
  rescan(): boolean;
}

/**
 * Sets up persistence for a run, or returns undefined when there is nothing persistent.
 *
 * ## Example
 * ```ts
 * const state = createStatePersistence(host.persistentIds(), () => String(ctx.tunables.state_dir), ctx.stderr);
 * state?.load();
 * ```
 */
export function createStatePersistence(
  ids: readonly PersistentId[] | undefined,
  stateDir: () => string,
  stderr: (line: string) => void,
): StatePersistence | undefined {
  if (!ids || ids.length === 0) return undefined;
  // Bro's -x listing is sorted by name; the file keeps that order too.
  const sorted = [...ids].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const warn = (m: string) => stderr(`warning: ${m}\n`);
  let seen = -1;
  const mtime = (): number => {
    try {
      return statSync(join(stateDir(), STATE_FILE)).mtimeMs;
    } catch {
      return -1;
    }
  };
  return {
    load() {
      loadState(stateDir(), sorted, warn);
      seen = mtime();
    },
    save() {
      try {
        saveState(stateDir(), sorted, warn);
        seen = mtime();
        return true;
      } catch (e) {
        stderr(`error: cannot write ${join(stateDir(), STATE_FILE)}: ${(e as Error).message}\n`);
        return false;
      }
    },
    rescan() {
      const m = mtime();
      if (m < 0 || m === seen) return false;
      seen = m;
      try {
        loadState(stateDir(), sorted, warn);
        return true;
      } catch (e) {
        // Another process's bad file must not end a running analysis: say so and keep the current state.
        if (!(e instanceof StateFileError)) throw e;
        stderr(`error: ${e.message}\n`);
        return false;
      }
    },
  };
}
