import { SchedulerLike } from 'rxjs';
import { nameTimerCallback } from '../src/time/timerTypeNames';
import { timerHost, TimerHost } from './timerHost';

/** Something a condition depends on: a global's name, or an aggregate object (table, record…). */
export type WhenDependency = object | string;

/** Registers a dependency of the current evaluation of a condition (§8.3). */
export type Watch = (dep: WhenDependency) => void;

/** Lifecycle of one `when`. */
export type WhenState = 'pending' | 'fired' | 'timedOut' | 'discarded';

/** A `when ( COND ) BODY [timeout I { TIMEOUT }]` as the compiler lowers it. */
export interface WhenSpec {
  /**
   * `COND`. Call `watch` for every global and aggregate it reads; the registration is
   * replaced at every evaluation. A throw counts as false for that attempt (§8.2 point 5).
   */
  condition(watch: Watch): boolean;
  /** The body; runs once, synchronously, when `condition` first returns true. */
  body(): void;
  /** Timeout in **seconds**, evaluated once when the `when` executes; omit for none. */
  timeoutSeconds?: number;
  /** The timeout block; runs inline during the timer advance (or the shutdown flush). */
  timeoutBody?(): void;
}

/** Handle of one `when`. */
export interface WhenTrigger {
  readonly state: WhenState;
}

/** A delayed function result (`return when`), pending until its inner `when` finishes. */
export interface AsyncResult<R> {
  readonly state: 'pending' | 'resolved';
  /** The value returned by the inner body or timeout block; `undefined` while pending. */
  readonly value: R | undefined;
}

/** `return when ( COND ) { return BODY } timeout I { return TIMEOUT }` as lowered. */
export interface DelayedSpec<R> {
  condition(watch: Watch): boolean;
  body(): R;
  timeoutSeconds?: number;
  timeoutBody?(): R;
}

/** The trigger manager of one run (Zeek's `Trigger`/`Notifier` pair, language.md §8). */
export interface WhenEngine {
  /** Executes a `when` statement: evaluates `COND` now; fires at once or becomes pending. */
  when(spec: WhenSpec): WhenTrigger;
  /** Executes `return when`: the caller's condition watches the result (pass it to `watch`). */
  delayed<R>(spec: DelayedSpec<R>): AsyncResult<R>;
  /** A global was assigned or an aggregate mutated: every `when` watching `dep` becomes dirty. */
  changed(dep: WhenDependency): void;
  /** Marks one pending `when` dirty (no-op if it is not pending or already dirty). */
  markDirty(trigger: WhenTrigger): void;
  /**
   * Drops a pending `when` without running anything (a `when` without timeout at
   * termination, §8.7, or a torn-down subscription). No-op if it already finished.
   */
  discard(trigger: WhenTrigger): void;
  /** Marks every pending `when` dirty: the coarse approximation §8.3 allows. */
  markAllDirty(): void;
  /**
   * End of a drain: re-evaluates the dirty `when`s in marking order. `when`s made dirty
   * meanwhile wait for the next call, as in Zeek.
   */
  reevaluate(): void;
  /** Number of pending `when`s (with or without timeout). */
  readonly pendingCount: number;
}

/** Options of {@link createWhenEngine}. */
export interface WhenEngineOptions {
  /** The run's clock, for timeouts. Default `asyncScheduler`. */
  scheduler?: SchedulerLike;
  /** Overrides how the shutdown flag is read (default: the scheduler's `terminating`). */
  isTerminating?: () => boolean;
  /** Receives errors thrown by conditions (default: ignored, the attempt counts as false). */
  onConditionError?: (err: unknown) => void;
  /**
   * Receives errors thrown by bodies and timeout blocks. Default: rethrow — from
   * `reevaluate()` only after every other dirty `when` of the batch had its turn, since a
   * run-time error aborts only the current body (§5.1).
   */
  onError?: (err: unknown) => void;
}

/** Internal trigger record; one hidden class for all. */
interface Trigger extends WhenTrigger {
  state: WhenState;
  readonly spec: WhenSpec;
  deps: WhenDependency[];
  dirty: boolean;
  timer: unknown;
  /** Network time (seconds) the `when` executed; 0 enables the re-arm of Appendix B. */
  createdAt: number;
  readonly watch: Watch;
}

/**
 * Creates the `when` trigger manager the compiler lowers `when` and `return when` onto
 * (language.md §8, Appendix B).
 *
 * A `when` evaluates its condition immediately and runs the body synchronously if it holds.
 * Otherwise it waits, watching what its last evaluation read; `changed(dep)` marks the
 * watchers dirty and `reevaluate()` (called after each drain) re-runs them in marking order.
 * A timeout fires inline at `created + timeoutSeconds`; for a `when` created at network
 * time 0 the first expiry only re-arms the timer for `now + timeoutSeconds`, so the
 * timeout counts from the first packet. At shutdown pending timeouts are flushed by the
 * scheduler and their blocks run (§8.7); `when`s without a timeout just never fire.
 *
 * ## Example
 * ```ts
 * const whens = createWhenEngine({ scheduler: clock });
 * whens.when({
 *   condition: (watch) => (watch('x1'), globals.x1 !== 42),
 *   body: () => print('x1 changed'),
 *   timeoutSeconds: 5,
 *   timeoutBody: () => print('timeout'),
 * });
 * globals.x1 = 7; whens.changed('x1');   // the compiler emits this after the assignment
 * whens.reevaluate();                     // end of drain: prints "x1 changed"
 * ```
 *
 * @param options the scheduler for timeouts, and hooks.
 * @return the engine; one per run.
 */
export function createWhenEngine(options: WhenEngineOptions = {}): WhenEngine {
  const host: TimerHost = timerHost(options.scheduler, options.isTerminating);
  const onConditionError = options.onConditionError;
  const onError = options.onError;
  const watchers = new Map<WhenDependency, Set<Trigger>>();
  let dirty: Trigger[] = [];
  const live = new Set<Trigger>();

  function unwatchAll(t: Trigger): void {
    const deps = t.deps;
    for (let i = 0; i < deps.length; i++) {
      const set = watchers.get(deps[i]);
      if (set !== undefined && set.delete(t) && set.size === 0) watchers.delete(deps[i]);
    }
    deps.length = 0;
  }

  function finish(t: Trigger, state: WhenState): void {
    t.state = state;
    live.delete(t);
    unwatchAll(t);
    if (t.timer !== null) host.cancel(t.timer);
    t.timer = null;
  }

  /** Evaluates `COND`; true if the trigger fired. */
  function evaluate(t: Trigger): boolean {
    unwatchAll(t);
    let holds = false;
    try {
      holds = t.spec.condition(t.watch) === true;
    } catch (err) {
      onConditionError?.(err);
    }
    if (!holds || t.state !== 'pending') return false;
    finish(t, 'fired');
    t.spec.body();
    return true;
  }

  // Bro's timer type for prof.log (engine.md 6.3): named once per engine, never per timer.
  nameTimerCallback(onTimeout, 'TriggerTimer');

  function onTimeout(t: Trigger): void {
    t.timer = null;
    if (t.state !== 'pending') return;
    if (t.createdAt === 0) {
      // Appendix B: created before network time was set; count from now instead (once).
      const now = host.nowSeconds();
      t.createdAt = now === 0 ? -1 : now;
      t.timer = host.at(now + t.spec.timeoutSeconds!, onTimeout, t);
      return;
    }
    finish(t, 'timedOut');
    if (onError === undefined) t.spec.timeoutBody?.();
    else {
      try {
        t.spec.timeoutBody?.();
      } catch (err) {
        onError(err);
      }
    }
  }

  function markDirty(trigger: WhenTrigger): void {
    const t = trigger as Trigger;
    if (t.state !== 'pending' || t.dirty) return;
    t.dirty = true;
    dirty.push(t);
  }

  const engine: WhenEngine = {
    when(spec) {
      const t: Trigger = {
        state: 'pending',
        spec,
        deps: [],
        dirty: false,
        timer: null,
        createdAt: host.nowSeconds(),
        watch: null!,
      };
      (t as { watch: Watch }).watch = (dep) => {
        let set = watchers.get(dep);
        if (set === undefined) watchers.set(dep, (set = new Set()));
        if (!set.has(t)) {
          set.add(t);
          t.deps.push(dep);
        }
      };
      live.add(t);
      if (evaluate(t)) return t;
      if (spec.timeoutSeconds !== undefined) {
        t.timer = host.at(t.createdAt + spec.timeoutSeconds, onTimeout, t);
      }
      return t;
    },
    delayed<R>(spec: DelayedSpec<R>) {
      const result = { state: 'pending' as 'pending' | 'resolved', value: undefined as R | undefined };
      const deliver = (v: R): void => {
        result.value = v;
        result.state = 'resolved';
        engine.changed(result); // §8.5: wakes the caller's condition at the next reevaluate()
      };
      engine.when({
        condition: spec.condition,
        body: () => deliver(spec.body()),
        timeoutSeconds: spec.timeoutSeconds,
        timeoutBody: spec.timeoutBody === undefined ? undefined : () => deliver(spec.timeoutBody!()),
      });
      return result;
    },
    changed(dep) {
      const set = watchers.get(dep);
      if (set === undefined) return;
      for (const t of set) markDirty(t);
    },
    markDirty,
    discard(trigger) {
      const t = trigger as Trigger;
      if (t.state === 'pending') finish(t, 'discarded');
    },
    markAllDirty() {
      for (const t of live) markDirty(t);
    },
    reevaluate() {
      const batch = dirty;
      dirty = [];
      let failed = false;
      let firstError: unknown;
      for (let i = 0; i < batch.length; i++) {
        const t = batch[i];
        t.dirty = false;
        if (t.state !== 'pending') continue;
        try {
          evaluate(t);
        } catch (err) {
          if (onError !== undefined) onError(err);
          else if (!failed) (failed = true), (firstError = err);
        }
      }
      if (failed) throw firstError;
    },
    get pendingCount() {
      return live.size;
    },
  };
  return engine;
}
