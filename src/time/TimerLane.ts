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
 *
 * While an entry is held, the lane's arrays are the truth about it: due time,
 * creation order and quiet period by slot, and a *ticket* (the entry's `slot`)
 * that stays the same while the entry moves. So the scheduler can skip a
 * cancelled head (`drop` empties its slot) and re-arm a quiet head at the tail
 * (`requeueHead`) by touching these arrays only, never the entry: on a long
 * trace the entry was last touched one period ago and is cold in the cache,
 * and those are most of the timers that come due (a connection's expire timer
 * every `tcp_session_timer`).
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
  /** @internal Quiet periods by slot (0: the callback runs; see `NetworkTimeScheduler.setQuietPeriod`). */
  periods = new Float64Array(256);
  /** @internal Entries by slot; `null` for an entry dropped (cancelled) while queued. */
  entries: Array<TimerEntry | null> = new Array(256).fill(null);
  /** Tickets by slot. */
  private tickets = new Int32Array(256);
  /** Position of each ticket's entry (a position, not a slot: growing keeps positions). */
  private posOf = new Float64Array(256);
  /** Tickets not in use: `free[0 .. freeCount)`, then never-used ones from `nextTicket` on. */
  private free = new Int32Array(256);
  private freeCount = 0;
  private nextTicket = 0;
  /** @internal Capacity - 1 (a power of two minus one). */
  mask = 255;
  /**
   * @internal Position of the first entry (slot = head & mask). Positions are
   * never renumbered while the lane holds entries (growing keeps them).
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
   * Appends an entry due at `due` (default `entry.due`) with its `seq` and
   * `period`, and gives it a ticket in `entry.slot`; the caller has checked
   * `accepts(due)`.
   */
  push(entry: TimerEntry, due: number = entry.due): void {
    if (this.tail - this.head > this.mask) this.grow();
    const t = this.freeCount > 0 ? this.free[--this.freeCount] : this.nextTicket++;
    this.place(entry, due, entry.seq, entry.period ?? 0, t);
    entry.slot = t;
  }

  /**
   * Moves the head entry to the tail, due at `due` with creation order `seq`,
   * keeping its ticket and period: the quiet re-arm, done without reading or
   * writing the entry. The caller has checked `accepts(due)` and that the head
   * is held (not dropped).
   */
  requeueHead(due: number, seq: number): void {
    const i = this.head++ & this.mask;
    const e = this.entries[i]!;
    this.entries[i] = null;
    // One out, one in: no room to make.
    this.place(e, due, seq, this.periods[i], this.tickets[i]);
  }

  private place(entry: TimerEntry, due: number, seq: number, period: number, ticket: number): void {
    if (ticket >= this.posOf.length) this.growTickets();
    const pos = this.tail++;
    const i = pos & this.mask;
    this.dues[i] = due;
    this.seqs[i] = seq;
    this.periods[i] = period;
    this.tickets[i] = ticket;
    this.entries[i] = entry;
    this.posOf[ticket] = pos;
    this.lastDue = due;
  }

  /**
   * Takes the entry with ticket `ticket` (its `slot`) out of the lane without
   * touching the entry: the slot is emptied and skipped when it reaches the
   * head (see `skipDropped`). The due time stays in `dues`, which keeps the
   * lane's order for later pushes.
   */
  drop(ticket: number): void {
    this.entries[this.posOf[ticket] & this.mask] = null;
    this.free[this.freeCount++] = ticket;
  }

  /** Due time of the held entry with ticket `ticket`. */
  dueOf(ticket: number): number {
    return this.dues[this.posOf[ticket] & this.mask];
  }

  /** Creation order of the held entry with ticket `ticket`. */
  seqOf(ticket: number): number {
    return this.seqs[this.posOf[ticket] & this.mask];
  }

  /** Sets the quiet period of the held entry with ticket `ticket`. */
  setPeriod(ticket: number, period: number): void {
    this.periods[this.posOf[ticket] & this.mask] = period;
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

  /** Whether the head entry (held, not dropped) is quiet: its period is above 0. */
  headIsQuiet(): boolean {
    return this.periods[this.head & this.mask] > 0;
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

  /** Removes and returns the head entry (dropped ones are skipped); its ticket is given back. */
  shift(): TimerEntry | undefined {
    if (this.head !== this.tail && this.entries[this.head & this.mask] === null) this.skipDropped();
    if (this.head === this.tail) return undefined;
    const i = this.head++ & this.mask;
    const e = this.entries[i]!;
    this.entries[i] = null; // do not keep fired entries (and their state) alive
    this.free[this.freeCount++] = this.tickets[i];
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
    const p = new Float64Array(cap);
    const t = new Int32Array(cap);
    const e: Array<TimerEntry | null> = new Array(cap).fill(null);
    const m = cap - 1;
    // Same positions, new slots: tickets' positions stay valid.
    for (let k = this.head; k < this.tail; k++) {
      const i = k & this.mask;
      const j = k & m;
      d[j] = this.dues[i];
      s[j] = this.seqs[i];
      p[j] = this.periods[i];
      t[j] = this.tickets[i];
      e[j] = this.entries[i];
    }
    this.dues = d;
    this.seqs = s;
    this.periods = p;
    this.tickets = t;
    this.entries = e;
    this.mask = m;
  }

  /** More tickets: at most one per slot is in use, but freed ones wait in `free`. */
  private growTickets(): void {
    const n = this.posOf.length * 2;
    const pos = new Float64Array(n);
    pos.set(this.posOf);
    const free = new Int32Array(n);
    free.set(this.free);
    this.posOf = pos;
    this.free = free;
  }
}
