/**
 * A FIFO queue of timer ids pushed in non-decreasing `(due, seq)` order.
 *
 * Why: most engine timers are armed a fixed delay after the current network
 * time (`now + tcp_session_timer`, `pkt.ts + tcp_attempt_delay`, …). Network
 * time never decreases and `seq` only grows, so the entries of one delay arrive
 * already sorted: a ring buffer keeps them in order with O(1) push and pop and
 * sequential memory, where a heap of tens of thousands of timers pays a cache
 * miss per level. The scheduler keeps a few lanes (one per common delay) next
 * to its heap and always runs the smallest `(due, seq)` among their heads.
 *
 * Next to each id's key the lane keeps a copy of the timer's liveness and
 * quiet period, which the scheduler updates through the slot counter `push`
 * returned when the timer is cancelled or made quiet. So the head's "is it
 * cancelled, is it quiet" is read from this sequential memory, not from the
 * timer's own (cold) record — most quiet re-arms come through a lane. A
 * cancelled id stays in place until it reaches the head.
 *
 * ## Example
 * ```ts
 * const lane = new TimerLane(6000);
 * lane.accepts(10); // true: empty
 * const k = lane.push(4, 10, 0, 0); // id 4 due at 10 s, seq 0, not quiet
 * lane.accepts(9); // false: would break the order; use the heap
 * lane.live[k & lane.mask] = 0; // cancelled
 * lane.shift(); // 4
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
  /** @internal Quiet periods by slot (copy of the timer's; 0 = runs its callback). */
  periods = new Float64Array(256);
  /** @internal Timer ids by slot. */
  ids = new Int32Array(256);
  /** @internal 1 while the timer is pending, 0 once cancelled (copy of the timer's `LIVE`). */
  live = new Uint8Array(256);
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

  /** Number of ids held, cancelled ones included. */
  get size(): number {
    return this.tail - this.head;
  }

  /** Whether an entry due at `due` (with a seq above every held one) keeps the order. */
  accepts(due: number): boolean {
    return due >= this.lastDue;
  }

  /**
   * Appends a live `id` with key (due, seq) and quiet period `period`; the
   * caller has checked `accepts(due)`. Returns the entry's slot counter: its
   * slot is `counter & mask` for as long as it stays in the lane, growth
   * included.
   */
  push(id: number, due: number, seq: number, period: number): number {
    if (this.tail - this.head > this.mask) this.grow();
    const k = this.tail++;
    const i = k & this.mask;
    this.dues[i] = due;
    this.seqs[i] = seq;
    this.periods[i] = period;
    this.ids[i] = id;
    this.live[i] = 1;
    this.lastDue = due;
    return k;
  }

  /** Due time of the head (Infinity when empty). */
  headDue(): number {
    return this.head === this.tail ? Infinity : this.dues[this.head & this.mask];
  }

  /** Seq of the head (only meaningful when not empty). */
  headSeq(): number {
    return this.seqs[this.head & this.mask];
  }

  /** The head id, or -1 when empty. */
  peek(): number {
    return this.head === this.tail ? -1 : this.ids[this.head & this.mask];
  }

  /** Removes and returns the head id, or -1 when empty. */
  shift(): number {
    if (this.head === this.tail) return -1;
    const e = this.ids[this.head++ & this.mask];
    if (this.head === this.tail) {
      // Empty: restart the counters (no slot counter handed out is in use any more).
      this.head = this.tail = 0;
      this.lastDue = -Infinity;
    }
    return e;
  }

  /** Calls `visit` for every id held, in order. */
  forEach(visit: (id: number) => void): void {
    for (let k = this.head; k < this.tail; k++) visit(this.ids[k & this.mask]);
  }

  /**
   * Doubles the capacity. Every entry keeps its slot counter (it moves to
   * `counter & newMask`), so the counters the scheduler holds stay valid.
   */
  private grow(): void {
    const cap = (this.mask + 1) * 2;
    const mask = cap - 1;
    const d = new Float64Array(cap);
    const s = new Float64Array(cap);
    const p = new Float64Array(cap);
    const e = new Int32Array(cap);
    const l = new Uint8Array(cap);
    for (let k = this.head; k < this.tail; k++) {
      const i = k & this.mask;
      const j = k & mask;
      d[j] = this.dues[i];
      s[j] = this.seqs[i];
      p[j] = this.periods[i];
      e[j] = this.ids[i];
      l[j] = this.live[i];
    }
    this.dues = d;
    this.seqs = s;
    this.periods = p;
    this.ids = e;
    this.live = l;
    this.mask = mask;
  }
}
