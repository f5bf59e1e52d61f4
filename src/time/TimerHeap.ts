/**
 * The timer store behind `NetworkTimeScheduler`: a 4-ary min-heap keyed by
 * `(due, seq)`.
 *
 * Why hand-written: `VirtualTimeScheduler` re-sorts its whole action list on
 * every `schedule`, which is quadratic with the hundreds of thousands of live
 * connection and table timers a real trace creates. Here push and pop are
 * O(log n). Why this layout: the keys live in two `Float64Array`s next to the
 * entry array, so sifting compares contiguous doubles instead of chasing a
 * pointer per comparison, and a 4-ary tree halves the depth (its four children
 * share a cache line). Measured on 1M random timers this is 3–4× faster than a
 * binary heap of objects.
 *
 * Cancellation is lazy: a cancelled entry keeps its slot with `fn === null`;
 * the scheduler discards it when it reaches the top or compacts in bulk.
 */
export interface TimerEntry {
  /** Due time in network seconds. */
  due: number;
  /** Creation order; breaks ties between equal due times (FIFO, language.md §6.2). */
  seq: number;
  /**
   * The callback; `null` once the entry has run or was cancelled. It gets the
   * entry itself last, so a timer that re-arms can reuse it (`rearm`).
   */
  fn: ((state: any, now: number, self: TimerEntry) => void) | null;
  /** Passed back to `fn`, so callers need not allocate a closure per timer. */
  state: unknown;
  /**
   * Where the scheduler keeps the entry: `HEAP`, a lane index (≥ 0), or
   * `NOWHERE` once it has been taken out (fired). Unset for bare heap users.
   */
  where?: number;
  /**
   * When > 0, the scheduler re-arms the entry at `now + period` instead of
   * calling `fn` when it comes due (not while terminating): its owner knows
   * the callback would do only that. See `NetworkTimeScheduler.setQuietPeriod`.
   */
  period?: number;
  /**
   * Its ticket in its lane while `where` is a lane index (`TimerLane.drop`). While
   * an entry is in a lane, the lane's arrays hold its current due time, seq and
   * quiet period: a quiet re-arm there updates only them (see `TimerLane`).
   */
  slot?: number;
  /** Its owner gave it up (`NetworkTimeScheduler.release`): recycle it once out of the queues. */
  released?: boolean;
}

/** `TimerEntry.where` of an entry in the heap. */
export const HEAP = -1;
/** `TimerEntry.where` of an entry that is in no queue (it ran). */
export const NOWHERE = -2;

/**
 * A min-heap of timer entries ordered by due time, then creation order.
 *
 * ## Example
 * ```ts
 * const h = new TimerHeap();
 * h.push({ due: 2, seq: 0, fn: f, state: null });
 * h.push({ due: 1, seq: 1, fn: f, state: null });
 * h.pop()!.due; // 1
 * ```
 */
export class TimerHeap {
  /** @internal Due times in heap order (read directly by the scheduler, see TimerLane). */
  dues = new Float64Array(1024);
  /** @internal Creation orders in heap order. */
  seqs = new Float64Array(1024);
  private entries: Array<TimerEntry | null> = new Array(1024).fill(null);
  /** @internal Number of entries. */
  n = 0;

  /** Number of entries held, cancelled ones included. */
  get size(): number {
    return this.n;
  }

  /** Due time of the first entry (Infinity when empty), read without touching the entry. */
  topDue(): number {
    return this.n === 0 ? Infinity : this.dues[0];
  }

  /** Seq of the first entry (only meaningful when not empty). */
  topSeq(): number {
    return this.seqs[0];
  }

  /** The first entry in (due, seq) order, without removing it. */
  peek(): TimerEntry | undefined {
    return this.n === 0 ? undefined : this.entries[0]!;
  }

  /** Adds an entry in O(log n). */
  push(entry: TimerEntry): void {
    if (this.n === this.dues.length) this.grow();
    const d = this.dues;
    const s = this.seqs;
    const e = this.entries;
    const due = entry.due;
    const seq = entry.seq;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const pd = d[p];
      if (pd < due || (pd === due && s[p] < seq)) break;
      d[i] = pd;
      s[i] = s[p];
      e[i] = e[p];
      i = p;
    }
    d[i] = due;
    s[i] = seq;
    e[i] = entry;
  }

  /** Removes and returns the first entry in O(log n). */
  pop(): TimerEntry | undefined {
    if (this.n === 0) return undefined;
    const e = this.entries;
    const top = e[0]!;
    const n = --this.n;
    const last = e[n]!;
    e[n] = null; // do not keep fired entries (and their state) alive
    if (n > 0) this.siftDown(0, this.dues[n], this.seqs[n], last, n);
    return top;
  }

  /** Calls `visit` for every entry held, in array (not due) order. */
  forEach(visit: (entry: TimerEntry) => void): void {
    for (let i = 0; i < this.n; i++) visit(this.entries[i]!);
  }

  /**
   * Keeps only the entries for which `keep` is true and restores heap order in
   * O(n) (Floyd's heapify). Used to drop cancelled entries in bulk.
   */
  filter(keep: (entry: TimerEntry) => boolean): void {
    const d = this.dues;
    const s = this.seqs;
    const e = this.entries;
    let j = 0;
    for (let i = 0; i < this.n; i++) {
      const entry = e[i]!;
      if (!keep(entry)) continue;
      d[j] = d[i];
      s[j] = s[i];
      e[j++] = entry;
    }
    for (let i = j; i < this.n; i++) e[i] = null;
    this.n = j;
    for (let i = (j - 2) >> 2; i >= 0; i--) this.siftDown(i, d[i], s[i], e[i]!, j);
  }

  /** Places (due, seq, entry) at hole `i` and moves it down among the first `n` slots. */
  private siftDown(i: number, due: number, seq: number, entry: TimerEntry, n: number): void {
    const d = this.dues;
    const s = this.seqs;
    const e = this.entries;
    for (;;) {
      let c = 4 * i + 1;
      if (c >= n) break;
      let cd = d[c];
      let cs = s[c];
      const end = c + 4 < n ? c + 4 : n;
      for (let j = c + 1; j < end; j++) {
        const jd = d[j];
        if (jd < cd || (jd === cd && s[j] < cs)) {
          c = j;
          cd = jd;
          cs = s[j];
        }
      }
      if (due < cd || (due === cd && seq < cs)) break;
      d[i] = cd;
      s[i] = cs;
      e[i] = e[c];
      i = c;
    }
    d[i] = due;
    s[i] = seq;
    e[i] = entry;
  }

  private grow(): void {
    const cap = this.dues.length * 2;
    const d = new Float64Array(cap);
    d.set(this.dues);
    const s = new Float64Array(cap);
    s.set(this.seqs);
    this.dues = d;
    this.seqs = s;
    const e = this.entries;
    for (let i = e.length; i < cap; i++) e.push(null); // stay a packed array
  }
}
