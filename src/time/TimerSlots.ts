import type { TimerEntry } from './TimerEntry';

/** `WHERE` of a queued timer in the heap (a lane's is its index, ≥ 0). */
export const HEAP = -1;

/** `flags` bit: the timer has neither run nor been cancelled. */
export const LIVE = 1;
/** `flags` bit: its owner gave the handle up (`NetworkTimeScheduler.release`). */
export const RELEASED = 2;
/** `flags` bit: the id is in the heap or a lane (`WHERE` says which; stale without this bit). */
export const QUEUED = 4;
/** `flags` bit: an RxJS action set aside by `flushAll`. */
export const DEFERRED = 8;
/** `flags` bit: a released id waiting in the pool. */
export const SPARE = 16;
/**
 * The id is held somewhere (queue, flush list or pool). An id with none of
 * these bits and not `LIVE` is "nowhere": its timer ran (or is running now).
 */
export const HELD = QUEUED | DEFERRED | SPARE;

/** Offset of the due time (network seconds) in a slot's record of `f64` (id `i` starts at `f64[4i]`). */
export const DUE = 0;
/** Offset of the creation order (`seq`; exact integers in a double) in a record of `f64`. */
export const SEQ = 1;
/** Offset of the quiet re-arm period (seconds, 0 = none) in a record of `f64`; see `setQuietPeriod`. */
export const PERIOD = 2;
/** Offset of the queue of a `QUEUED` timer (`HEAP` or a lane index ≥ 0) in a record of `i32` (id `i` starts at `i32[8i]`). */
export const WHERE = 6;
/** Offset, in a record of `i32`, of the timer's slot counter in its lane (valid while `QUEUED` in a lane). */
export const POS = 7;

/**
 * The state of every timer the scheduler holds, one small integer id per
 * timer, in a table indexed by that id.
 *
 * Why: a timer armed minutes ago is cold in memory. When the queues kept
 * pointers to entry objects, every look at a queue head (is it cancelled? is
 * it quiet?) and every quiet re-arm (read the period, write the due time — a
 * separately boxed double in V8 — and the seq) missed the cache on a
 * scattered object; that was a tenth of the connection benchmark. Here the
 * queues hold ids, and what the queue work needs — due, seq, period, queue,
 * lane position — is one 32-byte record per id in a single buffer, viewed as
 * `f64` (4 doubles per record) and `i32` (8 ints); the state bits (live,
 * released, queued …) are a byte per id in `flags`, small enough to stay
 * cached, so taking and running a timer does not touch its record. Lanes
 * also copy a timer's liveness and period next to its key (see `TimerLane`),
 * so a quiet re-arm from a lane only writes its record (one cache line), and
 * the handle object (`TimerEntry`) is read only when its callback runs or
 * its owner calls the scheduler. The record is kept at 32 bytes (the flags
 * outside it) because the table is touched at random: two records share a
 * cache line, and a smaller table spans fewer pages.
 *
 * An id is *bound* to one handle while `objs[id] === handle`. Ids are reused
 * (free list), so the table grows with the peak number of timers held at
 * once, never with the number of timers ever armed: an id is freed when its
 * timer has run and not been re-armed, or when a cancelled timer leaves its
 * queue; its handle is then *detached* (`objs[id]` no longer points to it) and
 * keeps its last due time itself.
 *
 * ## Example
 * ```ts
 * const slots = new TimerSlots();
 * const id = slots.alloc();
 * slots.f64[(id << 2) + DUE] = 12.5;
 * slots.flags[id] = LIVE;
 * slots.free(id); // the id is handed out again by the next alloc()
 * ```
 */
export class TimerSlots {
  /** The records as doubles: id `i` has `f64[4i + DUE | SEQ | PERIOD]`. */
  f64: Float64Array;
  /** The same records as ints: id `i` has `i32[8i + WHERE | POS]`. */
  i32: Int32Array;
  /** `LIVE`, `RELEASED`, `QUEUED`, `DEFERRED` and `SPARE` bits by id. */
  flags: Uint8Array;
  /**
   * The handle bound to each id, `null` for a free id. A plain array, kept
   * packed. The callback and its state live on the handle, not in arrays by
   * id: running a timer reads them together with the handle it passes as
   * `self` (one object instead of three scattered array slots).
   */
  readonly objs: Array<TimerEntry | null> = [];
  /** Ids handed out so far (the next never-used id). */
  private top = 0;
  /** Freed ids, reused last-in first-out (the most recently used, likely still cached, records first). */
  private readonly freeIds: number[] = [];

  constructor(capacity = 1024) {
    this.f64 = new Float64Array(capacity * 4);
    this.i32 = new Int32Array(this.f64.buffer);
    this.flags = new Uint8Array(capacity);
    this.fill(0, capacity);
  }

  /** Number of ids the table has room for. */
  get capacity(): number {
    return this.flags.length;
  }

  /** Number of ids in use (bound to a handle or waiting in the pool). */
  get used(): number {
    return this.top - this.freeIds.length;
  }

  /** Due time of `id` (for cold paths; hot ones index `f64` directly). */
  due(id: number): number {
    return this.f64[(id << 2) + DUE];
  }

  /** Hands out a free id (a freed one first), growing the table by doubling when full. */
  alloc(): number {
    const id = this.freeIds.pop();
    if (id !== undefined) return id;
    if (this.top === this.capacity) this.grow();
    return this.top++;
  }

  /** Gives an id back; the caller has unbound it (`objs[id] = null`). */
  free(id: number): void {
    this.freeIds.push(id);
  }

  private grow(): void {
    const old = this.capacity;
    const cap = old * 2;
    const f64 = new Float64Array(cap * 4);
    f64.set(this.f64);
    this.f64 = f64;
    this.i32 = new Int32Array(f64.buffer);
    const flags = new Uint8Array(cap);
    flags.set(this.flags);
    this.flags = flags;
    this.fill(old, cap);
  }

  /** Extends `objs` with push (not by assigning past the end), so they stay packed. */
  private fill(from: number, to: number): void {
    for (let i = from; i < to; i++) this.objs.push(null);
  }
}
