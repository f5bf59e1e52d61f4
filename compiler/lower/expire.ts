/**
 * Table/set expiration (`&create_expire`, `&write_expire`, `&read_expire`, `&expire_func`; language.md §7).
 *
 * Each table value with an expire attribute owns a sweep timer, first due at absolute time 1.0 ("as soon as
 * possible"), then every `table_expire_interval` after the time it actually ran. Entries carry their access
 * time; a sweep removes (or offers to `&expire_func`) every entry with `A + I < now`, where `A` is quantised to
 * whole seconds after the start time `S` (§7.2). Sweeps flushed during termination do nothing (§7.7).
 */
import * as R from '../../src/runtime';
import type { Cell } from '../check/symbols';
import type { Runtime } from './runtime';

export type ExpireKind = 'create' | 'write' | 'read';

/** Expiry state attached to a table value. */
export interface Expiry {
  kind: ExpireKind;
  /** Re-evaluated at each sweep (it may name a global that changes, §7.1). */
  interval: () => number;
  func?: (...args: unknown[]) => unknown;
  /** Set once the interval evaluated negative: expiration is off for good. */
  off: boolean;
}

export interface ExpiringTable extends R.TableValue {
  exp?: Expiry;
}

interface TimedEntry extends R.TableEntry<unknown> {
  /** Network time of the last relevant access (raw; quantised when compared). */
  a?: number;
}

/** Shared per-program expiry settings. */
export interface ExpireHost {
  rt: Runtime;
  /** The `table_expire_interval` global. */
  sweepInterval: Cell | undefined;
  /** `S`: network time of the first sweep that ran at a non-zero time (the first packet in trace mode). */
  start: number | undefined;
}

/** Records an insert or re-assignment. */
export function noteWrite(t: ExpiringTable, en: TimedEntry, isNew: boolean, now: number): void {
  const exp = t.exp!;
  if (isNew || exp.kind !== 'create') en.a = now;
}

/** Records a read (`t[k]`, `k in t`); only `&read_expire` cares. */
export function noteRead(t: ExpiringTable, en: TimedEntry, now: number): void {
  if (t.exp!.kind === 'read') en.a = now;
}

/**
 * Attaches expiry to a table value and arms its first sweep.
 *
 * ## Example
 * ```ts
 * attachExpiry(host, tv, { kind: 'create', interval: () => 5, off: false });
 * ```
 */
export function attachExpiry(host: ExpireHost, t: ExpiringTable, exp: Expiry): void {
  t.exp = exp;
  const sched = host.rt.ctx.scheduler;
  const sweep = (_s: unknown, now: number): void => {
    if (sched.terminating || exp.off) return;
    let iv: number;
    try {
      iv = exp.interval();
    } catch {
      exp.off = true;
      return;
    }
    if (!(iv >= 0)) { exp.off = true; return; }
    if (host.start === undefined && now !== 0) host.start = now;
    const S = host.start ?? 0;
    for (const [k, en] of [...t.map.entries()] as [unknown, TimedEntry][]) {
      if (t.map.get(k) !== en) continue;
      const raw = en.a ?? 0;
      const A = raw < S ? S : S + Math.trunc(raw - S);
      if (!(A + iv < now)) continue;
      if (exp.func) {
        let more = 0;
        try {
          const r = exp.func(t, ...en.index);
          more = typeof r === 'number' ? r : 0;
        } catch (err) {
          if (!(err instanceof R.BroRuntimeError)) throw err;
        }
        if (t.map.get(k) !== en) continue;
        if (more > 0) { en.a = now - iv + more; continue; }
      }
      t.map.delete(k);
    }
    const every = host.sweepInterval?.v;
    sched.at(now + (typeof every === 'number' ? every : 10), sweep, undefined);
  };
  sched.at(1.0, sweep, undefined);
}
