/**
 * `&persistent` globals across runs (language.md §9.1): what is saved, how it is put back.
 * The engine calls {@link loadState} after the scripts are attached and before `zeek_init` is
 * queued, and {@link saveState} at termination (between `net_done` and the timer flush) and on
 * `checkpoint_state()`.
 */
import { join } from 'node:path';
import type { TableValue } from '../runtime/table';
import { typeToString, type Type } from '../runtime/types';
import { formatStateFile, readStateFile, StateFileError, writeFileAtomically, type StateRecord } from './stateFile';
import { typeToJson } from './typeJson';
import { restoreTableInto, valueFromJson, valueToJson, ValueJsonError } from './valueJson';

/** The file name under `state_dir`, as in Bro. */
export const STATE_FILE = 'state.bst';

/** A `&persistent` global as the compiled program exposes it. */
export interface PersistentId {
  /** Full name. */
  readonly name: string;
  readonly type: Type;
  /** Its attributes as written (`&persistent`, `&read_expire=30 secs`), for `-x`. */
  readonly attrs: readonly string[];
  get(): unknown;
  set(v: unknown): void;
}

/**
 * The records of a state file for these identifiers. An identifier whose value cannot be
 * stored (it holds a function or file somewhere) is left out with a warning.
 *
 * ## Example
 * ```ts
 * collectState(program.persistentIds(), warn); // [{ id: 'nruns', type: 'count', ... value: 2 }]
 * ```
 */
export function collectState(ids: readonly PersistentId[], warn: (m: string) => void): StateRecord[] {
  const out: StateRecord[] = [];
  for (const id of ids) {
    try {
      out.push({ id: id.name, type: typeToString(id.type), t: typeToJson(id.type), attrs: [...id.attrs], value: valueToJson(id.get(), id.type) });
    } catch (e) {
      if (!(e instanceof ValueJsonError)) throw e;
      warn(`${id.name} not saved: ${e.message}`);
    }
  }
  return out;
}

/**
 * Writes `state_dir/state.bst` for `ids` (temporary file, then rename).
 *
 * ## Example
 * ```ts
 * saveState('.state', program.persistentIds(), warn);
 * ```
 */
export function saveState(stateDir: string, ids: readonly PersistentId[], warn: (m: string) => void, now = Date.now() / 1000): void {
  writeFileAtomically(stateDir, STATE_FILE, formatStateFile({ date: Math.floor(now), records: collectState(ids, warn) }));
}

/**
 * Reads `state_dir/state.bst` (if it exists) and copies the stored values over the current
 * ones: tables keep their own value (attributes, expiry) and get the stored entries with their
 * access times. A stored identifier whose type changed, or that is no longer a persistent
 * global, is skipped with a warning naming it; the others are loaded. Throws
 * `StateFileError` (`file:line: why`) for a file that cannot be read — before changing anything.
 *
 * ## Example
 * ```ts
 * loadState('.state', program.persistentIds(), warn); // nruns = 1, seen = {"run-1"}
 * ```
 */
export function loadState(stateDir: string, ids: readonly PersistentId[], warn: (m: string) => void): number {
  const path = join(stateDir, STATE_FILE);
  const file = readStateFile(path);
  if (!file) return 0;
  const byName = new Map(ids.map((id) => [id.name, id]));
  // Decode everything first: a bad value is a corrupt file, and then nothing is changed.
  const decoded: [PersistentId, unknown][] = [];
  file.records.forEach((r, i) => {
    const id = byName.get(r.id);
    if (!id) {
      warn(`${path}: ${r.id} is not a persistent global of these scripts; not loaded`);
      return;
    }
    const now = typeToString(id.type);
    if (now !== r.type) {
      warn(`${path}: ${r.id} was saved as ${r.type} but is now ${now}; not loaded`);
      return;
    }
    try {
      decoded.push([id, valueFromJson(r.value, id.type)]);
    } catch (e) {
      if (!(e instanceof ValueJsonError)) throw e;
      throw new StateFileError(path, i + 2, `${r.id}: ${e.message}`);
    }
  });
  for (const [id, v] of decoded) {
    const cur = id.get();
    if (id.type.kind === 'table' && cur !== undefined && v !== undefined) restoreTableInto(cur as TableValue, v as TableValue);
    else id.set(v);
  }
  return decoded.length;
}
