import type { TimerEntry } from './TimerHeap';

/**
 * A FIFO timer queue for entries pushed in non-decreasing `(due, seq)` order.
 *
 * Why: most engine timers are armed a fixed delay after the current network
 * time (`now + tcp_session_timer`, `pkt.ts + tcp_attempt_delay`, …). Network
 * time never decreases and `seq` only grows, so the entries of one delay arrive
 * already sorted: a ring buffer keeps them in order with O(1) push and pop and
 * sequential memory, where a heap of tens of thousands of timers pays a cache
 * miss per level. The scheduler keeps a few lanes (one per common delay) next
 * to its heap and always runs the smallest `(due, seq)` among their heads.
 * A cancelled entry leaves at once (`drop`): its slot is emptied, so the
 * scheduler skips it at the head by looking at this array only, never at the
 * entry (on a long trace that entry is cold in the cache, and most cancelled
 * timers are a connection's expire/inactivity/attempt timers that sit here).
 *
 * ## Example
 * ```ts
 * const lane = new TimerLane(6000);
 * lane.accepts(10); // true: empty
 * lane.push({ due: 10, seq: 0, fn: f, state: null });
 * lane.accepts(9); // false: would break the order; use the heap
 * lane.shift()!.due; // 10
 * ```
 */
export class TimerLane {
  /**
   * The delay (milliseconds, rounded) this lane was made for; only a routing
   * hint. Initialised as a number so V8 keeps a numeric field: compared with
   * a double on every enqueue, an untyped (`undefined`-first) field made it box
   * that double each time.
   */
  readonly delay: number = 0;
  // Read directly by the scheduler's peekLive (@internal): a method returning a
  // double that V8 does not inline boxes it, once per lane per fired timer.
  /** @internal Due times by slot. */
  dues = new Float64Array(256);
  /** @internal Creation orders by slot. */
  seqs = new Float64Array(256);
  /** @internal Entries by slot; `null` for an entry dropped (cancelled) while queued. */
  entries: Array<TimerEntry | null> = new Array(256).fill(null);
  /** @internal Capacity - 1 (a power of two minus one). */
  mask = 255;
  /**
   * @internal Position of the first entry (slot = head & mask). Positions are
   * never renumbered while the lane holds entries (growing keeps them), so an
   * entry's `slot` stays valid for `drop`.
   */
  head = 0;
  /** @internal Slot counter after the last entry. */
  tail = 0;
  private lastDue = -Infinity;

  constructor(delay: number) {
    this.delay = delay;
  }

  /** Number of entries held, cancelled ones included. */
  get size(): number {
    return this.tail - this.head;
  }

  /** Whether an entry due at `due` (with a seq above every held one) keeps the order. */
  accepts(due: number): boolean {
    return due >= this.lastDue;
  }

  /**
   * Appends an entry due at `due` and records its position in `entry.slot`;
   * the caller has checked `accepts(due)`. The lane's copy of the due time is
   * the one that counts while the entry is here: the scheduler re-arms quiet
   * timers without writing `entry.due`.
   */
  push(entry: TimerEntry, due: number = entry.due): void {
    if (this.tail - this.head > this.mask) this.grow();
    const pos = this.tail++;
    const i = pos & this.mask;
    this.dues[i] = due;
    this.seqs[i] = entry.seq;
    this.entries[i] = entry;
    entry.slot = pos;
    this.lastDue = due;
  }

  /** Due time of the entry at position `pos` (its `slot`) while it is held. */
  dueAt(pos: number): number {
    return this.dues[pos & this.mask];
  }

  /**
   * Takes the entry at position `pos` (its `slot`) out of the lane without
   * touching the entry: the slot is emptied and skipped when it reaches the
   * head (see `skipDropped`). The due time stays in `dues`, which keeps the
   * lane's order for later pushes.
   */
  drop(pos: number): void {
    this.entries[pos & this.mask] = null;
  }

  /**
   * Moves the head past dropped slots; returns true if an entry is left.
   * Called by the scheduler when it finds the head slot empty.
   */
  skipDropped(): boolean {
    const entries = this.entries;
    const mask = this.mask;
    let h = this.head;
    const tail = this.tail;
    while (h !== tail && entries[h & mask] === null) h++;
    this.head = h;
    if (h !== tail) return true;
    this.head = this.tail = 0;
    this.lastDue = -Infinity;
    return false;
  }

  /** Due time of the head (Infinity when empty). */
  headDue(): number {
    return this.head === this.tail ? Infinity : this.dues[this.head & this.mask];
  }

  /** Seq of the head (only meaningful when not empty). */
  headSeq(): number {
    return this.seqs[this.head & this.mask];
  }

  /** The head entry (first not dropped), or undefined when empty. */
  peek(): TimerEntry | undefined {
    if (this.head !== this.tail && this.entries[this.head & this.mask] === null) this.skipDropped();
    return this.head === this.tail ? undefined : this.entries[this.head & this.mask]!;
  }

  /** Removes and returns the head entry (dropped ones are skipped). */
  shift(): TimerEntry | undefined {
    if (this.head !== this.tail && this.entries[this.head & this.mask] === null) this.skipDropped();
    if (this.head === this.tail) return undefined;
    const i = this.head++ & this.mask;
    const e = this.entries[i]!;
    this.entries[i] = null; // do not keep fired entries (and their state) alive
    if (this.head === this.tail) {
      this.head = this.tail = 0;
      this.lastDue = -Infinity;
    }
    return e;
  }

  /** Calls `visit` for every entry held (not dropped), in order, with its due time as the lane holds it. */
  forEach(visit: (entry: TimerEntry, due: number) => void): void {
    for (let k = this.head; k < this.tail; k++) {
      const e = this.entries[k & this.mask];
      if (e !== null) visit(e, this.dues[k & this.mask]);
    }
  }

  private grow(): void {
    const cap = (this.mask + 1) * 2;
    const d = new Float64Array(cap);
    const s = new Float64Array(cap);
    const e: Array<TimerEntry | null> = new Array(cap).fill(null);
    const m = cap - 1;
    // Same positions, new slots: queued entries' `slot` stays valid.
    for (let k = this.head; k < this.tail; k++) {
      const i = k & this.mask;
      const j = k & m;
      d[j] = this.dues[i];
      s[j] = this.seqs[i];
      e[j] = this.entries[i];
    }
    this.dues = d;
    this.seqs = s;
    this.entries = e;
    this.mask = m;
  }
}
