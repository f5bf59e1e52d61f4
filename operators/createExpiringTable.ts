import { Observable, SchedulerLike, Subject } from 'rxjs';
import { nameTimerCallback } from '../src/time/timerTypeNames';
import { HeapEntry, heapPop, heapPush } from './accessHeap';
import { timerHost, TimerHost } from './timerHost';

/** A canonical table key (language.md 2.10): the atomic index itself, or an encoded composite. */
export type TableKey = number | string;

/** An interval in **seconds** (Bro `interval`), or a getter re-read at every sweep (§7.1). */
export type IntervalSeconds = number | (() => number);

/** What `&on_change` is told (§7.6). */
export type TableChange = 'new' | 'changed' | 'removed' | 'expired';

/** One entry that left the table by expiry, as emitted on `expired$`. */
export interface ExpiredEntry<K extends TableKey, V> {
  readonly key: K;
  readonly value: V;
  /** Network time of the removal, in seconds. */
  readonly timeSeconds: number;
}

/** Options of {@link createExpiringTable} and `expiringTable()`. All intervals are in seconds. */
export interface ExpiringTableOptions<K extends TableKey, V> {
  /** `&read_expire` (seconds): due this long after the last read *or* write. */
  readExpire?: IntervalSeconds;
  /** `&write_expire` (seconds): due this long after the last insert or assignment. */
  writeExpire?: IntervalSeconds;
  /** `&create_expire` (seconds): due this long after insertion; nothing refreshes it. */
  createExpire?: IntervalSeconds;
  /**
   * `&expire_func`: called for each due entry before it is removed (`peek`/`get` still see
   * it). Returns seconds: `> 0` keeps the entry, due again that long from now; `<= 0` removes it.
   */
  expireFunc?: (key: K, value: V, table: ExpiringTable<K, V>, index: readonly unknown[]) => number;
  /** `&default` as a function of the missing key (wrap a constant; copy aggregates per miss). */
  default?: (key: K) => V;
  /** `&default_insert`: store what `default` produced (a write). */
  defaultInsert?: boolean;
  /**
   * `&on_change`; `value` is the new value for `'new'`, the old one otherwise. Not re-entered.
   * For a set (`isSet`) re-adding a member reports nothing: there is no value to change.
   */
  onChange?: (table: ExpiringTable<K, V>, change: TableChange, key: K, value: V) => void;
  /** True for a Bro `set` (only affects `&on_change`, see there). */
  isSet?: boolean;
  /** Clock; default `asyncScheduler`. A `NetworkTimeScheduler` is used through its engine API. */
  scheduler?: SchedulerLike;
  /** `table_expire_interval` in seconds (default 10): time between complete sweeps. */
  expireInterval?: number;
  /** `table_incremental_step` (default 5000): entries examined per sweep step. */
  incrementalStep?: number;
  /** `table_expire_delay` in seconds (default 0.01): pause before continuing a partial sweep. */
  expireDelay?: number;
  /** rxbro opt-in: each entry leaves at exactly access + timeout (no sweeps, no whole-second stamps). */
  exact?: boolean;
  /**
   * Start time `S` in seconds (the first packet's timestamp) for the whole-second access stamps
   * of §7.2; read lazily because it is only known from the first packet on. Default `() => 0`.
   */
  startTime?: () => number;
  /** Overrides how the shutdown flag is read (default: the scheduler's `terminating`). */
  isTerminating?: () => boolean;
  /** Receives errors thrown by `expireFunc`/`onChange`/the interval getter (default: rethrow). */
  onError?: (err: unknown) => void;
}

/**
 * A Bro table or set with expiry attributes: the plain core the compiler lowers to.
 * Reads and writes follow §7.2 exactly; `peek`, `forEach`, `keys` and `size` are not reads.
 */
export interface ExpiringTable<K extends TableKey, V> {
  readonly size: number;
  /** Index read `t[k]`: refreshes `&read_expire`; a missing key yields `&default` (or undefined). */
  get(key: K): V | undefined;
  /** Membership `k in t`: refreshes `&read_expire` when present; never consults `&default`. */
  has(key: K): boolean;
  /**
   * Insert or assign (`t[k] = v`, `add s[k]`). `index` holds the script's index values
   * (one per column) for a new entry; default `[key]`. An assignment keeps the old index.
   */
  set(key: K, value: V, index?: readonly unknown[]): void;
  /** `delete t[k]`; true if the key was present. */
  delete(key: K): boolean;
  /** `delete t` (whole table), reporting each entry as removed. */
  clear(): void;
  /** A read that needs no value (longest-prefix match hit): refreshes `&read_expire`. */
  touch(key: K): boolean;
  /** Value without counting as a read (printing, iteration, `|t|`). */
  peek(key: K): V | undefined;
  /** Iterates in insertion order without counting as reads. */
  forEach(fn: (value: V, key: K) => void): void;
  keys(): IterableIterator<K>;
  /**
   * The entries themselves, in insertion order. Each is a runtime `TableEntry` (`index`,
   * `value`), so `{ isSet, map }` is a `TableValue` the printing and iteration code can use
   * directly (see `tableValueOf`). Read it freely — that is not a read for `&read_expire` —
   * but change the table only through `set`/`delete`/`clear`, or expiry loses track.
   */
  readonly map: Map<K, ExpiringEntry<K, V>>;
  /**
   * Absolute network time (seconds) the entry's expiry counts from — its creation, last write
   * or last read, per the table's attribute — or undefined for a missing key or a table
   * without an expire attribute. What persistence (`&persistent`) saves for each entry.
   */
  accessTime(key: K): number | undefined;
  /**
   * Puts an entry back as a saved state had it (`&persistent` load): no `&on_change`, and
   * expiry counts from `absoluteAccess` (seconds), which may lie before this run's start.
   * Until the start time `S` is known (before the first packet), the entry waits unstamped
   * and is converted at the next sweep, so the whole-second stamp is taken relative to this
   * run's `S`. `NaN` (no saved time) counts from now.
   */
  restore(key: K, value: V, index: readonly unknown[], absoluteAccess: number): void;
  /** Entries removed by expiry (not by `delete`), at the network time they leave. */
  readonly expired$: Observable<ExpiredEntry<K, V>>;
  /** Cancels the sweep timer and completes `expired$`. */
  dispose(): void;
}

/**
 * One stored entry: a runtime `TableEntry` plus expiry bookkeeping. Fields are always
 * initialised in this order so V8 keeps one hidden class for all entries.
 */
export interface ExpiringEntry<K, V> extends HeapEntry {
  readonly key: K;
  readonly index: readonly unknown[];
  value: V;
  /**
   * Zeek mode: whole seconds since `S` (Zeek's `int(now − S)`); exact mode: seconds.
   * Only ever increases, which exact mode's lazy heap relies on.
   */
  access: number;
  queuedAccess: number;
  queuedSeq: number;
}

const enum Kind {
  None,
  Create,
  Write,
  Read,
}

/**
 * Creates a Bro table with `&create_expire`/`&write_expire`/`&read_expire`, `&expire_func`,
 * `&default` and `&on_change` semantics (language.md §7) on any RxJS scheduler.
 *
 * By default expiry is Zeek-exact: access times are stamped in whole seconds since the
 * start time, a sweep timer is first armed at absolute time 1.0 s, each sweep examines at
 * most `incrementalStep` entries (continuing `expireDelay` later) and removes those with
 * `A + I < now`, and a complete pass re-arms `expireInterval` later. With `exact: true`
 * each entry instead leaves at exactly `access + I`. At shutdown (the scheduler's
 * `terminating` flag) sweeps do nothing (§7.7). With more than one expire attribute the
 * precedence is create > write > read (Zeek's internal order).
 *
 * ## Example
 * ```ts
 * const seen = createExpiringTable<string, true>({ readExpire: 30, scheduler: clock });
 * seen.expired$.subscribe(e => console.log('forgot', e.key, 'at', e.timeSeconds));
 * seen.set('10.0.0.1', true);
 * if (seen.has('10.0.0.1')) { ... } // a read: the entry lives 30 s longer
 * ```
 *
 * @param options expire attribute (seconds), callbacks, scheduler and sweep tuning.
 * @return the table; call `dispose()` when the table value dies (locals) to stop its sweeps.
 */
export function createExpiringTable<K extends TableKey, V>(
  options: ExpiringTableOptions<K, V> = {},
): ExpiringTable<K, V> {
  const map = new Map<K, ExpiringEntry<K, V>>();
  const host: TimerHost = timerHost(options.scheduler, options.isTerminating);
  const expired = new Subject<ExpiredEntry<K, V>>();
  const expireFunc = options.expireFunc;
  const onChange = options.onChange;
  const isSet = options.isSet === true;
  const makeDefault = options.default;
  const defaultInsert = options.defaultInsert === true;
  const startTime = options.startTime ?? zero;
  const interval = options.expireInterval ?? 10;
  const step = Math.max(1, options.incrementalStep ?? 5000);
  const delay = options.expireDelay ?? 0.01;
  const exact = options.exact === true;
  const onError = options.onError ?? rethrow;

  // Precedence create > write > read, as Zeek's Val.cc checks them.
  let timeout: IntervalSeconds | undefined;
  let kind = Kind.None;
  if (options.createExpire !== undefined) (kind = Kind.Create), (timeout = options.createExpire);
  else if (options.writeExpire !== undefined) (kind = Kind.Write), (timeout = options.writeExpire);
  else if (options.readExpire !== undefined) (kind = Kind.Read), (timeout = options.readExpire);
  const readsRefresh = kind === Kind.Read;
  const writesRefresh = kind === Kind.Read || kind === Kind.Write;

  let timer: unknown = null;
  /** Exact mode: due time (seconds) the timer is armed for. */
  let armedFor = Infinity;
  /** Set for good once the interval evaluates negative (§7.1). */
  let disabled = false;
  let disposed = false;
  let inOnChange = false;
  /** Exact mode: inside `exactFire`, which re-arms once at its end. */
  let firing = false;
  let seq = 0;
  /** Zeek mode: where the current pass stopped (a live Map iterator survives mutations). */
  let cursor: Iterator<ExpiringEntry<K, V>> | null = null;
  /** Zeek mode: entry read ahead to learn whether the pass is complete. */
  let peeked: ExpiringEntry<K, V> | null = null;
  const heap: ExpiringEntry<K, V>[] = [];
  /** Restored entries waiting for `S` (Zeek mode, before the first packet), with their absolute access times. */
  let pending: [ExpiringEntry<K, V>, number][] | null = null;

  /**
   * Stamps restored entries once `S` is known; an entry refreshed meanwhile (access no longer NaN) keeps
   * its stamp. Floored, not truncated: a saved time before `S` gives a negative offset, and rounding it
   * toward zero would make the entry younger than it is; §7.2's stamps only ever make entries older.
   */
  function settlePending(s: number): void {
    if (pending === null || s === 0) return;
    for (const [e, abs] of pending) if (Number.isNaN(e.access)) e.access = e.queuedAccess = Math.floor(abs - s);
    pending = null;
  }

  /** Current access stamp: Zeek's `int(now − S)`, or plain seconds in exact mode. */
  function stamp(nowSeconds: number): number {
    return exact ? nowSeconds : Math.trunc(nowSeconds - startTime());
  }

  function currentTimeout(): number {
    if (typeof timeout === 'number') return timeout;
    try {
      const v = timeout!();
      return typeof v === 'number' ? v : NaN;
    } catch (err) {
      onError(err);
      return NaN;
    }
  }

  function changed(change: TableChange, key: K, value: V): void {
    if (onChange === undefined || inOnChange) return;
    inOnChange = true;
    try {
      onChange(table, change, key, value);
    } catch (err) {
      onError(err);
    } finally {
      inOnChange = false;
    }
  }

  function enqueue(e: ExpiringEntry<K, V>): void {
    e.queuedAccess = e.access;
    e.queuedSeq = seq++;
    heapPush(heap, e);
    if (disabled || disposed || firing) return;
    const t = currentTimeout();
    if (!(t >= 0)) {
      // Let the next firing judge it, as Zeek's first sweep does: the interval may be a
      // global redefined before then, and a value still negative then turns expiry off.
      if (timer === null) armExact(host.nowSeconds());
      return;
    }
    const due = e.access + t;
    if (due < armedFor) armExact(due);
  }

  function armExact(due: number): void {
    if (timer !== null) host.cancel(timer);
    armedFor = due;
    timer = host.at(due, exactFire, null);
  }

  function armSweep(dueSeconds: number): void {
    timer = host.at(dueSeconds, sweep, null);
  }

  /** Handles one due entry; returns after it is either removed or given more time. */
  function expire(e: ExpiringEntry<K, V>, nowSeconds: number, timeoutSeconds: number): void {
    if (expireFunc !== undefined) {
      let more = 0;
      try {
        more = expireFunc(e.key, e.value, table, e.index);
      } catch (err) {
        onError(err);
      }
      // The function may have deleted (or deleted and re-inserted) the entry itself.
      if (map.get(e.key) !== e) return;
      if (more > 0) {
        // §7.4: A := stamp(now − I + returned), i.e. due again `more` seconds from now.
        e.access = stamp(nowSeconds - timeoutSeconds + more);
        if (exact) enqueue(e);
        return;
      }
    }
    map.delete(e.key);
    if (expired.observed) expired.next({ key: e.key, value: e.value, timeSeconds: nowSeconds });
    changed('expired', e.key, e.value);
  }

  // Bro's timer type for prof.log (engine.md 6.3): named once per table, never per timer.
  nameTimerCallback(sweep, 'TableValTimer');
  nameTimerCallback(exactFire, 'TableValTimer');

  /** Zeek's `TableVal::DoExpire`: one incremental step of a sweep (§7.3). */
  function sweep(): void {
    timer = null;
    // §7.7: the shutdown flush runs sweep timers but they do nothing and re-arm nothing.
    if (disposed || host.terminating()) return;
    const t = currentTimeout();
    if (!(t >= 0)) {
      disabled = true;
      cursor = null;
      peeked = null;
      return;
    }
    const now = host.nowSeconds();
    const s = startTime();
    if (pending !== null) settlePending(s);
    if (cursor === null) cursor = map.values();
    // `finally`: an error escaping `expireFunc`/`onChange` (via `onError`) must not stop
    // the table's sweeps for the rest of the run.
    try {
      for (let examined = 0; examined < step; ) {
        let e: ExpiringEntry<K, V>;
        if (peeked !== null) {
          e = peeked;
          peeked = null;
          if (map.get(e.key) !== e) continue; // deleted since the look-ahead: skipped, as Zeek's robust iterator does
        } else {
          const r = cursor.next();
          if (r.done) {
            cursor = null;
            break;
          }
          e = r.value;
        }
        examined++;
        if (s + e.access + t < now) expire(e, now, t);
      }
      if (cursor !== null) {
        // Learn whether the pass just completed, so a table of exactly `step` entries
        // re-arms with the long interval as Zeek's iterator check does.
        const r = cursor.next();
        if (r.done) cursor = null;
        else peeked = r.value;
      }
    } finally {
      if (!disposed) armSweep(now + (cursor === null ? interval : delay));
    }
  }

  /** Exact mode: removes every entry whose `access + I` has been reached, re-arms for the next. */
  function exactFire(): void {
    timer = null;
    armedFor = Infinity;
    if (disposed || host.terminating()) return;
    const t = currentTimeout();
    if (!(t >= 0)) {
      disabled = true;
      return;
    }
    const now = host.nowSeconds();
    firing = true;
    try {
      while (heap.length > 0) {
        const e = heap[0];
        if (map.get(e.key) !== e) {
          heapPop(heap); // deleted or replaced: an orphan slot
          continue;
        }
        if (e.access !== e.queuedAccess) {
          heapPop(heap); // refreshed since it was queued: move it to its real place
          e.queuedAccess = e.access;
          e.queuedSeq = seq++;
          heapPush(heap, e);
          continue;
        }
        if (micros(e.access + t) > micros(now)) break;
        heapPop(heap);
        expire(e, now, t);
      }
    } finally {
      // Entries given more time or inserted by `expireFunc` were pushed without arming.
      firing = false;
      if (heap.length > 0 && !disposed) armExact(heap[0].queuedAccess + t);
    }
  }

  const table: ExpiringTable<K, V> = {
    get size() {
      return map.size;
    },
    get(key) {
      const e = map.get(key);
      if (e !== undefined) {
        if (readsRefresh) e.access = stamp(host.nowSeconds());
        return e.value;
      }
      if (makeDefault === undefined) return undefined;
      const v = makeDefault(key);
      if (defaultInsert) table.set(key, v);
      return v;
    },
    has(key) {
      const e = map.get(key);
      if (e === undefined) return false;
      if (readsRefresh) e.access = stamp(host.nowSeconds());
      return true;
    },
    touch(key) {
      return table.has(key);
    },
    set(key, value, index) {
      const e = map.get(key);
      if (e !== undefined) {
        const old = e.value;
        e.value = value;
        if (writesRefresh) e.access = stamp(host.nowSeconds());
        if (!isSet) changed('changed', key, old);
        return;
      }
      const a = kind === Kind.None ? 0 : stamp(host.nowSeconds());
      const fresh: ExpiringEntry<K, V> = { key, index: index ?? [key], value, access: a, queuedAccess: a, queuedSeq: 0 };
      map.set(key, fresh);
      if (exact && kind !== Kind.None) enqueue(fresh);
      changed('new', key, value);
    },
    delete(key) {
      const e = map.get(key);
      if (e === undefined) return false;
      map.delete(key);
      changed('removed', key, e.value);
      return true;
    },
    clear() {
      for (const e of [...map.values()]) table.delete(e.key);
    },
    peek(key) {
      const e = map.get(key);
      return e === undefined ? undefined : e.value;
    },
    forEach(fn) {
      for (const e of map.values()) fn(e.value, e.key);
    },
    keys() {
      return map.keys();
    },
    accessTime(key) {
      const e = map.get(key);
      if (e === undefined || kind === Kind.None) return undefined;
      if (exact) return e.access;
      if (Number.isNaN(e.access)) return pending?.find(([p]) => p === e)?.[1];
      return startTime() + e.access;
    },
    restore(key, value, index, absoluteAccess) {
      const old = map.get(key);
      if (old !== undefined) map.delete(key);
      let a = 0;
      if (kind !== Kind.None && Number.isNaN(absoluteAccess)) a = stamp(host.nowSeconds());
      else if (kind !== Kind.None) {
        const s = exact ? 0 : startTime();
        if (exact) a = absoluteAccess;
        else if (s !== 0) a = Math.floor(absoluteAccess - s);
        else a = NaN;
      }
      const e: ExpiringEntry<K, V> = { key, index, value, access: a, queuedAccess: a, queuedSeq: 0 };
      map.set(key, e);
      if (Number.isNaN(a)) (pending ??= []).push([e, absoluteAccess]);
      if (exact && kind !== Kind.None) enqueue(e);
    },
    map,
    expired$: expired.asObservable(),
    dispose() {
      if (disposed) return;
      disposed = true;
      if (timer !== null) host.cancel(timer);
      timer = null;
      heap.length = 0;
      cursor = null;
      peeked = null;
      expired.complete();
    },
  };

  // §7.3 point 1: the first sweep is due at absolute time 1.0 s ("as soon as possible"),
  // i.e. at the first packet for a table that exists before it.
  if (kind !== Kind.None && !exact) armSweep(1);
  return table;
}

/** Seconds to whole microseconds, so float noise cannot keep a due entry alive forever. */
function micros(seconds: number): number {
  return Math.round(seconds * 1e6);
}

function zero(): number {
  return 0;
}

function rethrow(err: unknown): never {
  throw err;
}
