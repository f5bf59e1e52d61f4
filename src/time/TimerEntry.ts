import type { TimerSlots } from './TimerSlots';

/**
 * The handle of one timer (`TimerHandle` to users): names the timer's id in
 * the scheduler's `TimerSlots` and carries its callback and state.
 *
 * Why this split: the queues work on ids and the typed-array records only, so
 * a timer armed long ago costs no cache miss on its object when it is looked
 * at, dropped or quietly re-armed. The object is read when its owner calls
 * the scheduler with it and when its callback runs — then the callback, its
 * state and the handle passed as `self` come from this one object. While
 * bound (`slots.objs[id] === this`) its due time lives in the slots; once the
 * timer is over the id is reused and the handle keeps its last due time in `d`.
 *
 * ## Example
 * ```ts
 * const h = scheduler.at(12, fn, state); // a TimerEntry
 * h.due; // 12
 * ```
 */
export class TimerEntry {
  /** @internal The slot id; meaningful only while `slots.objs[id] === this`. */
  id: number;
  /** @internal The scheduler's per-id arrays. */
  readonly slots: TimerSlots;
  /**
   * @internal Due time once detached from its slot. NaN (a double) rather
   * than 0 (a small integer), so V8 gives the field its double representation
   * from the start instead of changing it on the first write.
   */
  d = NaN;
  /** @internal The callback; `null` once the timer has run or was cancelled (its `LIVE` bit is the truth). */
  fn: ((state: any, now: number, self: TimerEntry) => void) | null = null;
  /** @internal Passed back to `fn`, so callers need not allocate a closure per timer. */
  state: unknown = undefined;

  constructor(slots: TimerSlots, id: number) {
    this.slots = slots;
    this.id = id;
  }

  /** Due time in network seconds (of the pending run, or of the last one). */
  get due(): number {
    const slots = this.slots;
    return slots.objs[this.id] === this ? slots.due(this.id) : this.d;
  }
}
