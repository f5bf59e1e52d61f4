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
 * Cancelled entries stay in place (`fn === null`) until they reach the head.
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
  private entries: Array<TimerEntry | null> = new Array(256).fill(null);
  /** @internal Capacity - 1 (a power of two minus one). */
  mask = 255;
  /** @internal Slot counter of the first entry (slot = head & mask). */
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

  /** Appends an entry; the caller has checked `accepts(entry.due)`. */
  push(entry: TimerEntry): void {
    if (this.tail - this.head > this.mask) this.grow();
    const i = this.tail++ & this.mask;
    this.dues[i] = entry.due;
    this.seqs[i] = entry.seq;
    this.entries[i] = entry;
    this.lastDue = entry.due;
  }

  /** Due time of the head (Infinity when empty). */
  headDue(): number {
    return this.head === this.tail ? Infinity : this.dues[this.head & this.mask];
  }

  /** Seq of the head (only meaningful when not empty). */
  headSeq(): number {
    return this.seqs[this.head & this.mask];
  }

  /** The head entry, or undefined when empty. */
  peek(): TimerEntry | undefined {
    return this.head === this.tail ? undefined : this.entries[this.head & this.mask]!;
  }

  /** Removes and returns the head entry. */
  shift(): TimerEntry | undefined {
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

  /** Calls `visit` for every entry held, in order. */
  forEach(visit: (entry: TimerEntry) => void): void {
    for (let k = this.head; k < this.tail; k++) visit(this.entries[k & this.mask]!);
  }

  private grow(): void {
    const n = this.tail - this.head;
    const cap = (this.mask + 1) * 2;
    const d = new Float64Array(cap);
    const s = new Float64Array(cap);
    const e: Array<TimerEntry | null> = new Array(cap).fill(null);
    for (let k = 0; k < n; k++) {
      const i = (this.head + k) & this.mask;
      d[k] = this.dues[i];
      s[k] = this.seqs[i];
      e[k] = this.entries[i];
    }
    this.dues = d;
    this.seqs = s;
    this.entries = e;
    this.mask = cap - 1;
    this.head = 0;
    this.tail = n;
  }
}
