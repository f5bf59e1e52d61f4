import type { SchedulerAction, SchedulerLike, Subscription } from 'rxjs';
import { NetworkTimeAction, runAction } from './NetworkTimeAction';
import { HEAP, NOWHERE, TimerEntry, TimerHeap } from './TimerHeap';
import { TimerLane } from './TimerLane';

/** At most this many lanes; every lane head is compared on each advance. */
const MAX_LANES = 8;
/** A delay gets a lane once this many timers asked for it (one-off delays stay in the heap). */
const LANE_AFTER = 256;
/**
 * Delays below a second get no lane: they are mostly one-off re-arms (an idle
 * connection re-checked at last_time + timeout) that would take a lane slot,
 * and every slot costs a comparison per fired timer.
 */
const MIN_LANE_MS = 1000;
/** Bound of the recycled-entry pool. */
const SPARE_MAX = 65536;
/** `TimerEntry.where` of an RxJS action set aside by `flushAll`. */
const DEFERRED = -3;
/** `TimerEntry.where` of a released entry in the pool. */
const SPARE = -4;


/**
 * An opaque handle for one timer, returned by `at()` and accepted by `cancel()`.
 * It is the heap entry itself, so creating a timer allocates one small object.
 */
export interface TimerHandle {
  /**
   * Due time in network seconds. A quiet timer's (`setQuietPeriod`) stays that of
   * its last arming while the scheduler re-arms it; it is current again once the
   * timer runs or stops being quiet, and `forEachPending` always gives the current one.
   */
  readonly due: number;
}

/** Options of `new NetworkTimeScheduler(...)`. */
export interface NetworkTimeSchedulerOptions {
  /** Initial network time in seconds (default 0, as while Zeek parses scripts). */
  startTime?: number;
  /**
   * Zeek's `max_timer_expires`: at most this many timers fire per `advanceTo`/`fire`
   * call, the rest at the next one. `0` (default) means unlimited, which
   * language.md §5.8 allows.
   */
  maxTimerExpires?: number;
  /**
   * Receives an error thrown by a timer callback; firing then continues with the
   * next timer. Without it the error propagates out of `advanceTo`/`fire`/`flushAll`
   * (the heap stays consistent, so the caller may call again).
   */
  onError?: (err: unknown, handle: TimerHandle) => void;
}

/**
 * The single clock of an rxbro run: network time, driven by packet timestamps,
 * with a (4-ary) heap of timers keyed by `(due, seq)` and a few FIFO lanes.
 *
 * It is an RxJS `SchedulerLike` whose time unit is the millisecond (`now()` is
 * network time × 1000), so `timer`, `delay`, `timeout`, `debounceTime`,
 * `bufferTime` … run in network time when given it. The engine API (`at`,
 * `cancel`, `advanceTo`, `fire`, `flushAll`) works in seconds and allocates
 * nothing beyond one heap entry per timer. Both kinds share one heap, so their
 * relative order is exactly (due, creation order). Timers armed a recurring
 * delay after the current time (a connection's `now + 6 s`) arrive in due
 * order, so they go to a FIFO lane per delay instead of the heap: O(1) and
 * cache-friendly, with the same firing order. Nothing fires on its own:
 * time moves only through `advanceTo` (language.md §5.4, Appendix B). So
 * zero-delay RxJS work (`observeOn(s)`, `subscribeOn(s)`) waits for the next
 * `advanceTo`/`fire`, unless an advance is under way, which runs it at once.
 * Periodic RxJS work re-arms from the time it actually ran (the packet's time),
 * so an `interval` skips the periods that fell between two packets.
 *
 * ## Example
 * ```ts
 * const s = new NetworkTimeScheduler();
 * s.at(10, (msg: string, now) => console.log(msg, now), 'ten');
 * timer(5000, s).subscribe(() => console.log('rx', s.networkTime));
 * s.advanceTo(12); // rx 12, then ten 12
 * ```
 */
export class NetworkTimeScheduler implements SchedulerLike {
  /**
   * Network time. Initialised here, not only in the constructor: a class field
   * without an initialiser starts as `undefined` (ES2022 define semantics), so
   * V8 would keep it as a tagged field and box every new double stored into
   * it — one heap number per packet, since every packet advances the time.
   */
  private time = 0;
  private readonly heap = new TimerHeap();
  /** FIFO queues for recurring delays (see `TimerLane`), indexed by `TimerEntry.where`. */
  private readonly lanes: TimerLane[] = [];
  /** How often each not-yet-laned delay (ms) was asked for; reset when it grows. */
  private readonly laneCandidates = new Map<number, number>();
  /** Live entries in the heap (for compaction). */
  private heapLive = 0;
  /** Where the entry returned by the last `peekLive` is: `HEAP` or a lane index. */
  private src = HEAP;
  /**
   * A lower bound of the next due time (set by `peekLive`, lowered by every
   * enqueue), so an advance with nothing due costs one comparison instead of
   * a look at the heap top and every lane head — there is an advance per packet.
   */
  private earliest = -Infinity;
  /** The compaction filter: keeps live entries, lets cancelled ones go (recycling released ones). */
  private readonly keepLive = (e: TimerEntry): boolean => {
    if (e.fn !== null) return true;
    this.dropped(e);
    return false;
  };
  /** Released entries out of every queue, handed out again by `at` (see `release`). */
  private readonly spare: TimerEntry[] = [];
  private seq = 0;
  private live = 0;
  private peak = 0;
  private fired = 0;
  private lastDue = 0;
  /** RxJS actions set aside by a running `flushAll` (see there). */
  private readonly deferred: TimerEntry[] = [];
  private running = false;
  private isTerminating = false;
  private readonly maxExpires: number;
  private readonly onError: ((err: unknown, handle: TimerHandle) => void) | undefined;

  constructor(options: NetworkTimeSchedulerOptions = {}) {
    this.time = options.startTime ?? 0;
    this.maxExpires = options.maxTimerExpires ?? 0;
    this.onError = options.onError;
  }

  /** Network time in seconds; it never decreases. */
  get networkTime(): number {
    return this.time;
  }

  /** True from `terminate()`/`flushAll()` on; callbacks read it to behave as at shutdown (§5.7). */
  get terminating(): boolean {
    return this.isTerminating;
  }

  /** Number of timers (engine and RxJS) that have neither fired nor been cancelled. */
  get pendingCount(): number {
    return this.live;
  }

  /** Highest `pendingCount` seen so far (prof.log `Timers: max=`). */
  get peakPendingCount(): number {
    return this.peak;
  }

  /** Timers created since construction, cancelled ones included (prof.log `timers`, as deltas). */
  get createdCount(): number {
    return this.seq;
  }

  /** Timers run since construction (by advances and flushes). */
  get firedCount(): number {
    return this.fired;
  }

  /**
   * Due time of the timer that ran last (0 before any); prof.log's timer lag is
   * `networkTime - lastFiredDue`.
   */
  get lastFiredDue(): number {
    return this.lastDue;
  }

  /**
   * RxJS's clock: network time in milliseconds.
   *
   * ## Example
   * ```ts
   * new NetworkTimeScheduler({ startTime: 2.5 }).now(); // 2500
   * ```
   */
  now(): number {
    return this.time * 1000;
  }

  /**
   * RxJS entry point: runs `work` once network time has advanced by `delay` ms.
   *
   * ## Example
   * ```ts
   * s.schedule(() => console.log('later'), 1500); // fires at the first advance to ≥ now + 1.5 s
   * ```
   */
  schedule<T>(work: (this: SchedulerAction<T>, state?: T) => void, delay = 0, state?: T): Subscription {
    return new NetworkTimeAction<T>(this, work).schedule(state, delay);
  }

  /**
   * Arms a timer at absolute network time `due` (seconds). `fn(state, now)` runs
   * at the first advance whose network time is ≥ `due`, with `now` = the network
   * time of that advance, not the due time (engine.md 1.1). A due time already
   * reached fires at the next advance, not synchronously (§6.2).
   *
   * ## Example
   * ```ts
   * const h = s.at(s.networkTime + 300, expireConn, conn); // no closure per connection
   * ```
   */
  at<S>(due: number, fn: (state: S, now: number, self: TimerHandle) => void, state?: S): TimerHandle {
    if (due !== due) throw new RangeError('NetworkTimeScheduler.at: due time is NaN');
    let entry = this.spare.pop();
    if (entry === undefined) entry = { due, seq: this.seq++, fn, state, where: HEAP, slot: 0, period: 0, released: false };
    else {
      entry.due = due;
      entry.seq = this.seq++;
      entry.fn = fn;
      entry.state = state;
      entry.period = 0;
      entry.released = false;
    }
    this.enqueue(entry);
    if (++this.live > this.peak) this.peak = this.live;
    return entry;
  }

  /**
   * Arms a timer like `at`, reusing the entry of `handle` if that timer has
   * already run (so a timer that re-arms itself allocates nothing). A handle
   * still pending, or cancelled but not yet dropped from its queue, is left
   * alone and a new entry is made. Only pass handles you no longer use.
   *
   * ## Example
   * ```ts
   * function expire(conn: Conn, now: number) { conn.timer = s.rearm(conn.timer, now + 6, expire, conn); }
   * ```
   */
  rearm<S>(handle: TimerHandle, due: number, fn: (state: S, now: number, self: TimerHandle) => void, state?: S): TimerHandle {
    const entry = handle as TimerEntry;
    if (entry.where !== NOWHERE || entry.fn !== null || entry.released || due !== due) return this.at(due, fn, state);
    entry.due = due;
    entry.seq = this.seq++;
    entry.fn = fn;
    entry.state = state;
    entry.period = 0;
    this.enqueue(entry);
    if (++this.live > this.peak) this.peak = this.live;
    return entry;
  }

  /**
   * Makes a pending timer quiet: from now on, when it comes due outside
   * termination, it is re-armed at `networkTime + period` (a new creation
   * order, counted as fired and created, exactly as if its callback had
   * re-armed it) without calling the callback. `period` 0 makes it call the
   * callback again. For a periodic check whose owner knows the check cannot
   * succeed until its own state changes (a TCP connection's expire timer
   * while it is established), this saves touching that state every period.
   * Returns false if the timer is not pending.
   *
   * ## Example
   * ```ts
   * s.setQuietPeriod(h, 6); // h now re-arms itself every 6 s without running
   * s.setQuietPeriod(h, 0); // and runs its callback again from its next due time
   * ```
   */
  /**
   * Gives a handle up for good: its entry is reused for a later timer once it
   * has run or, if cancelled, has left its queue. The caller must drop every
   * reference to the handle (a later `cancel` of it could hit another timer).
   * Saves one allocation per timer for owners that arm many short-lived timers
   * (a connection's attempt, delete and inactivity timers).
   *
   * ## Example
   * ```ts
   * s.cancel(conn.timer); s.release(conn.timer); conn.timer = null;
   * ```
   */
  release(handle: TimerHandle): void {
    const entry = handle as TimerEntry;
    if (entry.released) return;
    entry.released = true;
    if (entry.where === NOWHERE && entry.fn === null) this.recycle(entry);
  }

  /** Puts a released entry that is in no queue into the pool. */
  private recycle(entry: TimerEntry): void {
    entry.state = undefined;
    entry.where = SPARE; // never twice in the pool, never re-armed in place
    if (this.spare.length < SPARE_MAX) this.spare.push(entry);
  }

  /** An entry leaves its queue without running (it was cancelled). */
  private dropped(entry: TimerEntry): void {
    entry.where = NOWHERE;
    if (entry.released) this.recycle(entry);
  }

  setQuietPeriod(handle: TimerHandle, period: number): boolean {
    const entry = handle as TimerEntry;
    if (entry.fn === null) return false;
    const p = period > 0 ? period : 0;
    const where = entry.where!;
    if (where >= 0) {
      // In a lane the lane's copy counts (its quiet re-arms never read the entry). Those
      // re-arms left `due` and `seq` behind: brought up to date when the timer stops being
      // quiet, so its callback and owner see the true values again.
      const lane = this.lanes[where];
      if (p === 0 && entry.period! > 0) {
        entry.due = lane.dueOf(entry.slot!);
        entry.seq = lane.seqOf(entry.slot!);
      }
      lane.setPeriod(entry.slot!, p);
    }
    entry.period = p;
    return true;
  }

  /**
   * Puts a live entry into the lane of its delay if it keeps that lane's order,
   * else into the heap. A delay gets a lane after `LANE_AFTER` requests.
   */
  private enqueue(entry: TimerEntry): void {
    const due = entry.due;
    if (due < this.earliest) this.earliest = due;
    const delta = due - this.time;
    if (delta > 0) {
      const key = Math.round(delta * 1000);
      const lanes = this.lanes;
      let i = 0;
      for (; i < lanes.length; i++) if (lanes[i].delay === key) break;
      if (i < lanes.length) {
        const lane = lanes[i];
        if (lane.accepts(due)) {
          entry.where = i;
          lane.push(entry, due);
          return;
        }
      } else if (i < MAX_LANES && key >= MIN_LANE_MS) {
        const cand = this.laneCandidates;
        const n = (cand.get(key) ?? 0) + 1;
        if (n >= LANE_AFTER) {
          cand.delete(key);
          const lane = new TimerLane(key);
          lanes.push(lane);
          entry.where = i;
          lane.push(entry, due);
          return;
        }
        if (cand.size >= 256) {
          // Forget one-off delays, keep the counts of those that recur.
          for (const [k, c] of cand) if (c < 4) cand.delete(k);
          if (cand.size >= 128) cand.clear();
        }
        cand.set(key, n);
      }
    }
    entry.where = HEAP;
    this.heap.push(entry);
    this.heapLive++;
  }

  /**
   * Re-arms the quiet timer at the head of lane `src` at `now + period` (see
   * `fire`). When that is the lane of its period, which is where a quiet timer
   * stays after its first re-arm, the head moves to the tail in the lane's arrays
   * and the entry is neither read nor written: it was last touched one period ago
   * and is cold (about a million re-arms on the bench trace). `run` and
   * `setQuietPeriod` bring its `due` and `seq` up to date. The due time is computed
   * here rather than passed in: a double argument to a call V8 does not inline is boxed.
   */
  private requeueQuietHead(src: number): void {
    const lane = this.lanes[src];
    const period = lane.periods[lane.head & lane.mask];
    const due = this.time + period;
    if (lane.delay === Math.round(period * 1000) && lane.accepts(due)) {
      lane.requeueHead(due, this.seq++);
      return;
    }
    // Another lane or the heap: out of this one, then queued like a new arming.
    const top = lane.shift()!;
    top.where = NOWHERE;
    top.seq = this.seq++;
    this.requeueQuiet(top);
  }

  /**
   * Re-arms a quiet timer taken out of its queue at `now + period` (see `fire`).
   * When a lane takes it, only the lane records the new due time: `due` is a
   * double field, a heap number of its own, so writing it is another cold object.
   */
  private requeueQuiet(entry: TimerEntry): void {
    const period = entry.period!;
    const due = this.time + period;
    const key = Math.round(period * 1000);
    const lanes = this.lanes;
    for (let i = 0; i < lanes.length; i++) {
      const lane = lanes[i];
      if (lane.delay !== key) continue;
      if (!lane.accepts(due)) break;
      if (due < this.earliest) this.earliest = due;
      entry.where = i;
      lane.push(entry, due);
      return;
    }
    entry.due = due;
    this.enqueue(entry);
  }

  /**
   * Arms a timer `delay` seconds after the current network time.
   *
   * ## Example
   * ```ts
   * s.after(5, attemptTimer, conn); // same as s.at(s.networkTime + 5, attemptTimer, conn)
   * ```
   */
  after<S>(delay: number, fn: (state: S, now: number, self: TimerHandle) => void, state?: S): TimerHandle {
    return this.at(this.time + delay, fn, state);
  }

  /**
   * Cancels a pending timer in O(1) (lazy deletion). Returns false if it had
   * already fired or been cancelled.
   *
   * ## Example
   * ```ts
   * s.cancel(h); // true; a second call returns false
   * ```
   */
  cancel(handle: TimerHandle): boolean {
    const entry = handle as TimerEntry;
    if (entry.fn === null) return false;
    entry.fn = null;
    entry.state = undefined; // let the state be collected while the slot waits in its queue
    this.live--;
    const where = entry.where!;
    if (where >= 0) {
      // A lane entry leaves its lane now (its slot is emptied), so the lane never reads
      // it again, and a released entry goes back to the pool while it is still warm.
      this.lanes[where].drop(entry.slot!);
      this.dropped(entry);
    } else if (where === HEAP) {
      this.heapLive--;
      this.maybeCompact();
    }
    return true;
  }

  /**
   * Visits every pending timer (heap order, not firing order) — O(n), for
   * profiling (prof.log counts pending timers per kind, keyed by callback) and
   * debugging; not for the hot path.
   *
   * ## Example
   * ```ts
   * const perKind = new Map<Function, number>();
   * s.forEachPending((fn) => perKind.set(fn, (perKind.get(fn) ?? 0) + 1));
   * ```
   */
  forEachPending(visit: (fn: (state: any, now: number) => void, state: unknown, due: number) => void): void {
    // A lane passes its own due time: a quiet timer's entry may hold an older one (see `fire`).
    const each = (e: TimerEntry, due: number = e.due) => {
      if (e.fn !== null) visit(e.fn as (state: any, now: number) => void, e.fn === runAction ? undefined : e.state, due);
    };
    this.heap.forEach(each);
    for (const lane of this.lanes) lane.forEach(each);
    this.deferred.forEach(each);
  }

  /** True if `handle` has neither fired nor been cancelled. */
  isPending(handle: TimerHandle): boolean {
    return (handle as TimerEntry).fn !== null;
  }

  /**
   * Due time (seconds) of the next pending timer, or `undefined` if none.
   *
   * ## Example
   * ```ts
   * while (s.nextDue() !== undefined) s.advanceTo(s.nextDue()!); // run out every timer
   * ```
   */
  nextDue(): number | undefined {
    // `peekLive` leaves the winner's due time, read from its queue, in `earliest`.
    return this.peekLive() === undefined ? undefined : this.earliest;
  }

  /**
   * Moves network time to `max(networkTime, t)` and fires every timer due at or
   * before it, in (due, seq) order — including timers created meanwhile if they
   * are due. Returns the number of timers fired.
   *
   * ## Example
   * ```ts
   * s.advanceTo(packet.ts); // before the packet is analysed (§5.4 step 4)
   * ```
   */
  advanceTo(t: number): number {
    if (this.running) this.enter('advanceTo'); // refuse before touching the clock
    if (t > this.time) this.time = t;
    // Nothing due (most packets): no call, so no boxed double argument either.
    if (this.earliest > this.time) return 0;
    return this.fire(this.time);
  }

  /**
   * Fires every timer due at or before `limit` without moving network time
   * (Appendix B's `fire`; `advanceTo` is the usual entry). Honours
   * `maxTimerExpires`. Returns the number of timers fired.
   *
   * ## Example
   * ```ts
   * s.fire(s.networkTime); // timers created "for now" since the last advance (§5.4 step 1)
   * ```
   */
  fire(limit: number = this.time): number {
    if (this.earliest > limit) {
      if (this.running) this.enter('fire'); // throws, as below
      return 0;
    }
    this.enter('fire');
    const max = this.maxExpires;
    let fired = 0;
    try {
      for (;;) {
        if (max > 0 && fired >= max) break;
        const top = this.peekLive();
        // `earliest` is now the due time of `top`: reading it from the queue's own array
        // leaves the first timer not yet due untouched (its entry is usually cold).
        if (top === undefined || this.earliest > limit) break;
        fired++;
        const src = this.src;
        if (src !== HEAP && !this.isTerminating && this.lanes[src].headIsQuiet()) {
          // A quiet timer at a lane head: re-armed from the lane's arrays alone.
          this.fired++;
          this.lastDue = this.earliest;
          this.requeueQuietHead(src);
          continue;
        }
        this.take();
        if (top.period! > 0 && !this.isTerminating) {
          // A quiet timer: what its callback would do is re-arm it at now + period.
          // Its due time is read from its queue's array (`earliest`), not from `top.due`.
          this.fired++;
          this.lastDue = this.earliest;
          top.seq = this.seq++;
          this.requeueQuiet(top);
          continue;
        }
        this.run(top);
      }
    } finally {
      this.running = false;
    }
    return fired;
  }

  /**
   * Sets the terminating flag (language.md §5.7 step 4). Idempotent.
   *
   * ## Example
   * ```ts
   * s.terminate(); s.terminating; // true
   * ```
   */
  terminate(): void {
    this.isTerminating = true;
  }

  /**
   * Termination flush (§5.7 step 5): sets `terminating`, then runs every pending
   * timer in (due, seq) order regardless of its due time and without changing
   * network time. Engine timers created during the flush are flushed too (a
   * re-armed `when` timeout must still run, Appendix B); RxJS actions scheduled
   * during the flush stay pending instead, because periodic RxJS work
   * (`interval`, `bufferTime`) reschedules itself forever. Returns the number run.
   *
   * ## Example
   * ```ts
   * s.at(1e12, (_, now) => console.log('flushed at', now, s.terminating));
   * s.flushAll(); // flushed at <current network time> true
   * ```
   */
  flushAll(): number {
    this.terminate();
    this.enter('flushAll');
    const firstLater = this.seq;
    const deferred = this.deferred;
    let ran = 0;
    try {
      for (;;) {
        const top = this.peekLive();
        if (top === undefined) break;
        this.take();
        if (top.seq >= firstLater && top.fn === runAction) {
          top.where = DEFERRED; // queued again below: `rearm` must not reuse it meanwhile
          deferred.push(top);
          continue;
        }
        ran++;
        this.run(top);
      }
    } finally {
      for (const e of deferred) {
        e.where = NOWHERE;
        if (e.fn === null) {
          this.dropped(e); // cancelled while set aside
          continue;
        }
        e.where = HEAP;
        if (e.due < this.earliest) this.earliest = e.due;
        this.heap.push(e);
        this.heapLive++;
      }
      deferred.length = 0;
      this.running = false;
    }
    return ran;
  }

  /** @internal Used by `NetworkTimeAction`. */
  enqueueAction(action: NetworkTimeAction<any>, dueSeconds: number): TimerEntry {
    return this.at(dueSeconds, runAction, action) as TimerEntry;
  }

  /**
   * Runs the timer just taken from its queue. Its due time is `earliest`, where
   * `peekLive` left it, read from the queue's array (no argument: see `requeueQuiet`).
   */
  private run(entry: TimerEntry): void {
    const fn = entry.fn!;
    const state = entry.state;
    entry.fn = null;
    entry.state = undefined;
    // A quiet timer's re-arms left `due` behind (`requeueQuiet`); others hold it already.
    if (entry.period! > 0) entry.due = this.earliest;
    this.live--;
    this.fired++;
    this.lastDue = this.earliest;
    if (this.onError === undefined) fn(state, this.time, entry);
    else {
      try {
        fn(state, this.time, entry);
      } catch (err) {
        this.onError(err, entry);
      }
    }
    // Released before it ran, and not re-armed or recycled by its callback.
    if (entry.released && entry.where === NOWHERE && entry.fn === null) this.recycle(entry);
  }

  /**
   * Drops cancelled entries from the heap top and the lane heads; returns the
   * first live entry in (due, seq) order and remembers its queue for `take`.
   */
  private peekLive(): TimerEntry | undefined {
    // Keys are compared in the queues' own arrays; only the winner's entry is
    // read (a dropped cancelled one costs another round).
    const heap = this.heap;
    const lanes = this.lanes;
    for (;;) {
      let src = HEAP;
      let bd = Infinity;
      let bs = 0;
      if (heap.n > 0) {
        bd = heap.dues[0];
        bs = heap.seqs[0];
      }
      for (let i = 0; i < lanes.length; i++) {
        const lane = lanes[i];
        if (lane.head === lane.tail) continue;
        // A cancelled entry has left its slot empty (`cancel`): skip it without reading it.
        if (lane.entries[lane.head & lane.mask] === null && !lane.skipDropped()) continue;
        const k = lane.head & lane.mask;
        const d = lane.dues[k];
        if (d < bd || (d === bd && lane.seqs[k] < bs)) {
          bd = d;
          bs = lane.seqs[k];
          src = i;
        }
      }
      if (bd === Infinity) {
        this.earliest = Infinity;
        return undefined;
      }
      const e = src === HEAP ? heap.peek()! : lanes[src].peek()!;
      // Lane entries are live (cancelled ones left already); heap entries are dropped lazily.
      if (src !== HEAP || e.fn !== null) {
        this.src = src;
        this.earliest = bd;
        return e;
      }
      if (src === HEAP) heap.pop();
      else lanes[src].shift();
      this.dropped(e);
    }
  }

  /** Removes the entry `peekLive` returned from its queue. */
  private take(): void {
    const e = this.src === HEAP ? this.heap.pop()! : this.lanes[this.src].shift()!;
    if (e.where === HEAP) this.heapLive--;
    e.where = NOWHERE;
  }

  /**
   * Rebuilds the heap without cancelled entries once they make up a third of
   * it, so memory and sift depth stay proportional to live timers. Each rebuild
   * is O(n) and follows at least n/3 cancels: amortised O(1) per cancel.
   */
  private maybeCompact(): void {
    const size = this.heap.size;
    if (size < 1024 || (size - this.heapLive) * 3 < size) return;
    this.heap.filter(this.keepLive);
  }

  private enter(what: string): void {
    // A nested advance would interleave two firing loops and break (due, seq) order.
    if (this.running) throw new Error(`NetworkTimeScheduler.${what}() called from inside a timer callback`);
    this.running = true;
  }
}
