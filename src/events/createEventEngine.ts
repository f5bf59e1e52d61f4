import { Observable, Subscriber } from 'rxjs';
import { EVENT_ALIASES } from './aliases';
import type { ArgsOf, DispatchedEvent, EventHandler, EventMap, EventMapOf, EventName, HandlerOptions } from './EventMap';

/** Options of `createEventEngine`. */
export interface EventEngineOptions {
  /**
   * Where `events$` reads the dispatch time: normally the run's
   * `NetworkTimeScheduler` (anything with a `networkTime` in seconds). Default: time 0.
   */
  clock?: { readonly networkTime: number };
  /**
   * Receives an error thrown by a handler body (or an `afterDrain` hook, reported
   * with the name `"<afterDrain>"`); the remaining bodies and events still run
   * (language.md §5.1). Default: one line on stderr.
   */
  onError?: (err: unknown, eventName: string) => void;
  /**
   * Bro ≤ 2.4 behaviour: every `drain()` runs until the queue is empty instead of
   * Zeek's two batches (language.md §5.2). Default false.
   */
  legacyDrain?: boolean;
}

/**
 * The event queue and handler registry of one run (language.md §5.1–5.2,
 * engine.md 3.1).
 */
export interface EventEngine<M extends EventMapOf<M> = EventMap> {
  /**
   * Registers a body for `name`; returns a function that removes it. Bodies run
   * by descending `priority`, then in registration order. `bro_init` and
   * `zeek_init` (also `*_done`, `*_script_loaded`) are one event.
   */
  on<K extends EventName<M>>(name: K, handler: EventHandler<M, K>, options?: HandlerOptions): () => void;
  /**
   * True if raising `name` would do anything: it has a body, or someone
   * subscribes to `events$`. Producers call it before building arguments.
   */
  has(name: EventName<M>): boolean;
  /** Appends the event to the FIFO queue; a no-op when `has(name)` is false. Never runs handlers. */
  raise<K extends EventName<M>>(name: K, ...args: ArgsOf<M, K>): void;
  /**
   * Zeek's drain: the current queue as batch 1, then what batch 1 queued as
   * batch 2; newer events wait. Then the `afterDrain` hooks run. Returns the
   * number of events dispatched. (Drains to empty if `legacyDrain`.)
   */
  drain(): number;
  /** Drains repeatedly (hooks included) until the queue is empty; termination and legacy mode. */
  drainToEmpty(): number;
  /** Dispatches an event at once, bypassing the queue (`net_done`, `profiling_update`). */
  dispatchNow<K extends EventName<M>>(name: K, ...args: ArgsOf<M, K>): void;
  /** Registers a hook run at the end of every drain (the compiler re-evaluates `when` here). */
  afterDrain(hook: () => void): () => void;
  /**
   * Every dispatched event, before its bodies run. While anyone subscribes,
   * `has()` is true for every event, so producers build and queue all of them:
   * tapping costs as much as handling everything.
   */
  readonly events$: Observable<DispatchedEvent<M>>;
  /**
   * Calls `observer(name, args, time)` for every dispatched event, before its bodies run — unlike
   * `events$`, without making `has()` true for unhandled events, so only what really runs is seen
   * (`capture_events`, engine.md §6.6). Returns a function that removes it.
   */
  observeDispatch(observer: DispatchObserver): () => void;
  /** Events waiting in the queue. */
  readonly queueLength: number;
  /** Events queued since creation (prof.log `events_queued`). */
  readonly queuedCount: number;
  /** Events dispatched since creation (prof.log `events_proc`). */
  readonly dispatchedCount: number;
  /** Number of bodies registered for `name` (either spelling). */
  handlerCount(name: EventName<M>): number;
  /**
   * Changes whenever `has()` may answer differently: a body registered or
   * removed, `events$` subscribed or unsubscribed. Producers that ask `has()`
   * for every packet cache the answers while it stays the same.
   */
  readonly handlerVersion: number;
}

/** Sees each dispatched event: canonical name, arguments, network time. */
export type DispatchObserver = (name: string, args: readonly unknown[], time: number) => void;

/** One registered body. */
interface HandlerRecord {
  readonly fn: (...args: unknown[]) => void;
  readonly priority: number;
}

/**
 * Per-event state, shared by the aliased spellings. `handlers` is replaced,
 * never mutated, so a dispatch in progress keeps iterating its own snapshot
 * when a body registers or removes bodies.
 */
interface EventSlot {
  readonly name: string;
  handlers: readonly HandlerRecord[];
}

const NO_HANDLERS: readonly HandlerRecord[] = Object.freeze([]);

function defaultOnError(err: unknown, eventName: string): void {
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`error in handler of ${eventName}: ${msg}\n`);
}

/**
 * Creates an event engine: handler registry with `&priority`, FIFO queue with
 * Zeek's two-batch drain, and the `events$` tap.
 *
 * ## Example
 * ```ts
 * const engine = createEventEngine<{ ping: [n: number]; pong: [n: number] }>({ clock: scheduler });
 * engine.on('ping', (n) => engine.raise('pong', n + 1));
 * engine.on('pong', (n) => console.log('pong', n));
 * engine.raise('ping', 1);
 * engine.drain(); // ping runs (batch 1), pong runs (batch 2): prints "pong 2"
 * ```
 */
export function createEventEngine<M extends EventMapOf<M> = EventMap>(options: EventEngineOptions = {}): EventEngine<M> {
  const clock = options.clock;
  const onError = options.onError ?? defaultOnError;
  const legacy = options.legacyDrain === true;

  // Both spellings of an aliased event map to the same slot, so has() and
  // raise() resolve aliases with the one Map lookup they do anyway.
  const slots = new Map<string, EventSlot>();
  // The queue as two parallel arrays (no wrapper object per event): live positions are
  // [head, tail). The arrays are never truncated, so their capacity is reused from
  // packet to packet instead of being reallocated after every drain.
  const qSlots: Array<EventSlot | undefined> = [];
  const qArgs: Array<unknown[] | undefined> = [];
  let head = 0;
  let tail = 0;
  let draining = false;
  let queued = 0;
  let dispatched = 0;
  let taps: readonly Subscriber<DispatchedEvent<M>>[] = [];
  let observers: readonly DispatchObserver[] = [];
  // One flag for both kinds of watcher, so dispatch pays one test when nobody watches.
  let watching = false;
  let hooks: readonly (() => void)[] = [];
  let version = 0;

  function slotFor(name: string): EventSlot {
    let slot = slots.get(name);
    if (slot !== undefined) return slot;
    const canonical = Object.prototype.hasOwnProperty.call(EVENT_ALIASES, name) ? EVENT_ALIASES[name] : name;
    slot = { name: canonical, handlers: NO_HANDLERS };
    slots.set(canonical, slot);
    for (const old of Object.keys(EVENT_ALIASES)) if (EVENT_ALIASES[old] === canonical) slots.set(old, slot);
    return slot;
  }

  function has(name: string): boolean {
    if (taps.length > 0) return true;
    const slot = slots.get(name);
    return slot !== undefined && slot.handlers.length > 0;
  }

  function on(name: string, handler: (...args: any[]) => void, opts: HandlerOptions = {}): () => void {
    const slot = slotFor(name);
    const record: HandlerRecord = { fn: handler, priority: opts.priority ?? 0 };
    const old = slot.handlers;
    // Stable: after every body of higher or equal priority (Zeek: stable sort on priority).
    let at = old.length;
    while (at > 0 && old[at - 1].priority < record.priority) at--;
    slot.handlers = [...old.slice(0, at), record, ...old.slice(at)];
    version++;
    return () => {
      const i = slot.handlers.indexOf(record);
      if (i >= 0) {
        slot.handlers = slot.handlers.filter((_, j) => j !== i);
        version++;
      }
    };
  }

  function raise(name: string, ...args: unknown[]): void {
    // One Map lookup on the common paths (handled event, or unhandled and untapped).
    let slot = slots.get(name);
    if (slot === undefined || slot.handlers.length === 0) {
      if (taps.length === 0) return;
      if (slot === undefined) slot = slotFor(name);
    }
    qSlots[tail] = slot;
    qArgs[tail] = args;
    tail++;
    queued++;
  }

  function dispatch(slot: EventSlot, args: unknown[]): void {
    dispatched++;
    if (watching) {
      const time = clock === undefined ? 0 : clock.networkTime;
      const o = observers;
      for (let i = 0; i < o.length; i++) o[i](slot.name, args, time);
      const t = taps;
      if (t.length > 0) {
        const ev = { name: slot.name, args, time } as DispatchedEvent<M>;
        for (let i = 0; i < t.length; i++) t[i].next(ev);
      }
    }
    const handlers = slot.handlers;
    for (let i = 0; i < handlers.length; i++) {
      try {
        handlers[i].fn.apply(undefined, args);
      } catch (err) {
        onError(err, slot.name);
      }
    }
  }

  /** Dispatches queue positions [head, end); returns how many ran. */
  function runBatch(end: number): number {
    const start = head;
    while (head < end) {
      const i = head++;
      const slot = qSlots[i]!;
      const args = qArgs[i]!;
      // Release references early: a long queue should not pin argument records.
      qSlots[i] = undefined;
      qArgs[i] = undefined;
      dispatch(slot, args);
    }
    return end - start;
  }

  /** Moves the waiting events to the front so positions are reused. */
  function compactQueue(): void {
    if (head === 0) return;
    let j = 0;
    for (let i = head; i < tail; i++, j++) {
      qSlots[j] = qSlots[i];
      qArgs[j] = qArgs[i];
      qSlots[i] = undefined;
      qArgs[i] = undefined;
    }
    head = 0;
    tail = j;
  }

  function runHooks(): void {
    const h = hooks;
    for (let i = 0; i < h.length; i++) {
      try {
        h[i]();
      } catch (err) {
        onError(err, '<afterDrain>');
      }
    }
  }

  function enterDrain(): void {
    // A nested drain would run later events before the current batch finished.
    if (draining) throw new Error('EventEngine: drain() called from inside an event handler');
    draining = true;
  }

  function drainBatches(toEmpty: boolean): number {
    enterDrain();
    let n = 0;
    try {
      if (toEmpty) {
        while (head < tail) n += runBatch(tail);
      } else {
        n += runBatch(tail); // batch 1: the queue as it was
        n += runBatch(tail); // batch 2: what batch 1 queued
      }
    } finally {
      compactQueue();
      draining = false;
    }
    return n;
  }

  function drain(): number {
    if (legacy) return drainToEmpty();
    const n = drainBatches(false);
    runHooks();
    return n;
  }

  function drainToEmpty(): number {
    let n = 0;
    do {
      n += drainBatches(true);
      runHooks(); // hooks may queue events (a `when` body raising one): keep going
    } while (tail > head);
    return n;
  }

  function dispatchNow(name: string, ...args: unknown[]): void {
    if (!has(name)) return;
    dispatch(slotFor(name), args);
  }

  function afterDrain(hook: () => void): () => void {
    hooks = [...hooks, hook];
    return () => {
      hooks = hooks.filter((h) => h !== hook);
    };
  }

  const events$ = new Observable<DispatchedEvent<M>>((subscriber) => {
    taps = [...taps, subscriber];
    watching = true;
    version++;
    return () => {
      taps = taps.filter((s) => s !== subscriber);
      watching = taps.length > 0 || observers.length > 0;
      version++;
    };
  });

  function observeDispatch(observer: DispatchObserver): () => void {
    observers = [...observers, observer];
    watching = true;
    return () => {
      observers = observers.filter((o) => o !== observer);
      watching = taps.length > 0 || observers.length > 0;
    };
  }

  return {
    on: on as EventEngine<M>['on'],
    has,
    raise: raise as EventEngine<M>['raise'],
    drain,
    drainToEmpty,
    dispatchNow: dispatchNow as EventEngine<M>['dispatchNow'],
    afterDrain,
    observeDispatch,
    events$,
    get queueLength() {
      return tail - head;
    },
    get queuedCount() {
      return queued;
    },
    get dispatchedCount() {
      return dispatched;
    },
    get handlerVersion() {
      return version;
    },
    handlerCount(name: string) {
      const slot = slots.get(name);
      return slot === undefined ? 0 : slot.handlers.length;
    },
  };
}
