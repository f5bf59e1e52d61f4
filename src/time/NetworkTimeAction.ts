import { SchedulerAction, Subscription } from 'rxjs';
import { dueSecondsForMs } from './dueSecondsForMs';
import type { TimerEntry } from './TimerHeap';

/**
 * The part of `NetworkTimeScheduler` an action needs; an interface so this file
 * does not import the scheduler (no cycle).
 */
export interface ActionHost {
  now(): number;
  /** Inserts a heap entry for an RxJS action due at `dueSeconds`. */
  enqueueAction(action: NetworkTimeAction<any>, dueSeconds: number): TimerEntry;
  cancel(entry: TimerEntry): boolean;
}

/**
 * One unit of RxJS work on the network-time scheduler (what `timer`, `delay`,
 * `debounceTime` … get back from `schedule`). Like RxJS's `AsyncAction`, one
 * action object is reused when the work reschedules itself (`this.schedule()`
 * inside `interval`), so a periodic timer costs one heap entry per period and
 * no new action.
 */
export class NetworkTimeAction<T> extends Subscription implements SchedulerAction<T> {
  /** The pending heap entry, or `null` when the action is idle. */
  entry: TimerEntry | null = null;
  state: T | undefined = undefined;

  constructor(
    private readonly host: ActionHost,
    private readonly work: (this: SchedulerAction<T>, state?: T) => void,
  ) {
    super();
  }

  /**
   * (Re)schedules this action `delay` milliseconds of network time from now,
   * replacing any pending run, as RxJS's `AsyncAction` does.
   *
   * ## Example
   * ```ts
   * scheduler.schedule(function (n) { if (n! < 3) this.schedule(n! + 1, 10); }, 10, 0);
   * ```
   */
  schedule(state?: T, delay = 0): Subscription {
    if (this.closed) return this;
    this.state = state;
    if (this.entry !== null) this.host.cancel(this.entry);
    this.entry = this.host.enqueueAction(this, dueSecondsForMs(this.host.now() + delay));
    return this;
  }

  /** Runs the work; called by the scheduler when the entry fires. */
  execute(): void {
    this.entry = null;
    try {
      this.work(this.state);
    } catch (err) {
      // Same contract as AsyncAction: a throwing action is torn down, the error propagates.
      this.unsubscribe();
      throw err;
    }
  }

  override unsubscribe(): void {
    if (this.closed) return;
    if (this.entry !== null) {
      this.host.cancel(this.entry);
      this.entry = null;
    }
    super.unsubscribe();
  }
}

/** The heap callback shared by all actions (no closure per action). */
export function runAction(action: NetworkTimeAction<unknown>): void {
  action.execute();
}
