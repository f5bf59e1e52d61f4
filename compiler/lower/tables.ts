/**
 * Table writes and reads as lowered code performs them. A plain table is a runtime `TableValue`; a table with an
 * expire attribute is backed by the operators layer's `createExpiringTable` core (language.md §7), whose `map` the
 * `TableValue` shares, so printing and loops see it directly while every write, read and delete goes through the
 * core and keeps its access times and sweeps right.
 */
import type { SchedulerLike } from 'rxjs';
import { createExpiringTable, ExpiringTable, TableKey } from '../../operators';
import * as R from '../../src/runtime';
import type { Cell } from '../check/symbols';
import { reportError, Runtime } from './runtime';

type Core = ExpiringTable<TableKey, unknown>;

/** A table value as the compiler uses it: `&default` and the expiry core are optional extras. */
export interface ScriptTable extends R.TableValue {
  defaultOf?: (index: unknown[]) => unknown;
  /** `&default_insert`: a missing key read stores the produced default (§7.5). */
  defaultInsert?: boolean;
  core?: Core;
}

/** Expiry attributes of a table, with intervals re-evaluated at each sweep (§7.1), and `&on_change`. */
export interface ExpirySpec {
  kind?: 'create' | 'write' | 'read';
  interval?: () => number;
  /** `&expire_func` (already evaluated): `(table, ...index) => interval`. */
  func?: (...args: unknown[]) => unknown;
  /** `&on_change` (already evaluated): `(table, change, ...index[, value])` (§7.6). */
  onChange?: (...args: unknown[]) => unknown;
}

const CHANGE_NAMES = {
  new: 'TABLE_ELEMENT_NEW', changed: 'TABLE_ELEMENT_CHANGED', removed: 'TABLE_ELEMENT_REMOVED', expired: 'TABLE_ELEMENT_EXPIRED',
} as const;

/** Program-wide settings the cores need. */
export interface TableHost {
  rt: Runtime;
  /** `table_expire_interval`, `table_incremental_step`, `table_expire_delay` globals, and rxbro's `table_expire_exact`. */
  tunables: { interval?: Cell; step?: Cell; delay?: Cell; exact?: Cell };
  /** `S`, the first packet's time (0 until known; latched at the first non-zero network time asked for). */
  start: number;
  /** While globals are initialised, cores are built only after all redefs ran (they read the tunables once). */
  deferred: (() => void)[] | undefined;
}

function num(c: Cell | undefined, dflt: number): number {
  return typeof c?.v === 'number' ? c.v : dflt;
}

/**
 * Puts a table value under expiry (moving any entries it already has into the core).
 *
 * ## Example
 * ```ts
 * makeExpiring(host, tv, { kind: 'create', interval: () => 5 });
 * ```
 */
export function makeExpiring(host: TableHost, tv: ScriptTable, spec: ExpirySpec): void {
  const build = () => {
    const rt = host.rt;
    const sched = rt.ctx.scheduler;
    const seconds = spec.interval ?? (() => 0);
    const onChange = spec.onChange;
    // The index of an entry that just left is no longer in the map; remember it while it is present.
    const lastIndex = new Map<unknown, readonly unknown[]>();
    const core: Core = createExpiringTable<TableKey, unknown>({
      createExpire: spec.kind === 'create' ? seconds : undefined,
      writeExpire: spec.kind === 'write' ? seconds : undefined,
      readExpire: spec.kind === 'read' ? seconds : undefined,
      expireFunc: spec.func
        ? (_key, _value, _table, index) => {
          const r = spec.func!(tv, ...index);
          return typeof r === 'number' ? r : 0;
        }
        : undefined,
      isSet: tv.isSet,
      scheduler: sched as unknown as SchedulerLike,
      expireInterval: num(host.tunables.interval, 10),
      incrementalStep: num(host.tunables.step, 5000),
      expireDelay: num(host.tunables.delay, 0.01),
      // rxbro's opt-in exact mode: every entry leaves at exactly its due network time, no sweep quantisation.
      exact: host.tunables.exact?.v === true,
      startTime: () => {
        if (host.start === 0 && sched.networkTime !== 0) host.start = sched.networkTime;
        return host.start;
      },
      onChange: onChange
        ? (_table, change, key, value) => {
          const en = core.map.get(key);
          const index = en ? en.index : lastIndex.get(key) ?? [key];
          if (en) lastIndex.set(key, en.index); else lastIndex.delete(key);
          if (tv.isSet) onChange(tv, CHANGE_NAMES[change], ...index);
          else onChange(tv, CHANGE_NAMES[change], ...index, value);
        }
        : undefined,
      onError: (err) => reportError(rt, err),
    });
    for (const [k, en] of tv.map) core.set(k as TableKey, en.value, en.index);
    (tv as { map: Map<unknown, R.TableEntry<unknown>> }).map = core.map as Map<unknown, R.TableEntry<unknown>>;
    tv.core = core;
  };
  if (host.deferred) host.deferred.push(build);
  else build();
}

/** `t[k] = v` / `add s[k]` with the canonical key `k`. */
export function tableSet(tv: ScriptTable, key: unknown, index: unknown[], value: unknown): void {
  if (tv.core) { tv.core.set(key as TableKey, value, index); return; }
  const en = tv.map.get(key);
  if (en) en.value = value;
  else tv.map.set(key, { index, value });
}

/** `t[k] = v` for a single atomic index `k` (its own key): the index array is allocated only on insertion. */
export function tableSetAtomic(tv: ScriptTable, key: unknown, value: unknown): void {
  if (tv.core) { tv.core.set(key as TableKey, value, [key]); return; }
  const en = tv.map.get(key);
  if (en) en.value = value;
  else tv.map.set(key, { index: [key], value });
}

/** `add s[k]`: like a set with value T, except that re-adding keeps the entry (still a write, §2.10). */
export function tableAdd(tv: ScriptTable, key: unknown, index: unknown[]): void {
  if (tv.core) { tv.core.set(key as TableKey, true, index); return; }
  if (!tv.map.has(key)) tv.map.set(key, { index, value: true });
}

/** A read of a present entry (`t[k]`, `k in t`, longest-prefix hit): refreshes `&read_expire`. */
export function tableRead(tv: ScriptTable, en: R.TableEntry<unknown>): void {
  if (tv.core) tv.core.touch((en as unknown as { key: TableKey }).key);
}

/** `delete t[k]`. */
export function tableDelete(tv: ScriptTable, key: unknown): void {
  if (tv.core) tv.core.delete(key as TableKey);
  else tv.map.delete(key);
}

/** `delete t` (whole container). */
export function tableClear(tv: ScriptTable): void {
  if (tv.core) tv.core.clear();
  else tv.map.clear();
}

/** `t += u` / `redef t += u`: merge (values of `u` win). */
export function tableMerge(tv: ScriptTable, u: R.TableValue): void {
  for (const [k, en] of u.map) tableSet(tv, k, en.index.slice(), en.value);
}

/** `t -= u`: remove `u`'s keys. */
export function tableRemoveKeys(tv: ScriptTable, u: R.TableValue): void {
  for (const k of [...u.map.keys()]) tableDelete(tv, k);
}

/**
 * A table global is about to hold `next` instead of `old`: the old value's sweeps stop, as they do in Zeek
 * when the replaced table value is freed (language.md §7.3; Baseline language.spurious-table-expires/out).
 * rxbro keeps no reference counts, so a copy of the reference held elsewhere (a local alias) stops expiring
 * too — docs/deviations.md.
 *
 * ## Example
 * ```ts
 * retireTable(cell.v, newTable); // old entries stay readable but are never swept again
 * ```
 */
export function retireTable(old: unknown, next: unknown): void {
  if (old !== next && old !== undefined && old !== null && (old as ScriptTable).core !== undefined) (old as ScriptTable).core!.dispose();
}
