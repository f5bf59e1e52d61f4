import type { CanonicalName } from './aliases';

/**
 * Types shared by the event engine and its operators.
 *
 * An event map names each event and the tuple of its argument types, e.g.
 * `{ new_connection: [c: Connection]; zeek_init: [] }`. Compiled scripts, whose
 * events are only known at run time, use the open `EventMap`.
 */
// `any[]` rather than `unknown[]` so that a handler declared as `(n: number) => …`
// can be registered on an open map; the compiler has type-checked the script already.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EventMap = { [name: string]: any[] };

/**
 * The constraint for a concrete map `M`: every key maps to an argument tuple.
 * Written over `keyof M` so that interfaces qualify too (an interface has no
 * implicit index signature, so `M extends EventMap` would reject it).
 */
export type EventMapOf<M> = { [K in keyof M]: unknown[] };

/** The event names of a map (string keys only). */
export type EventName<M> = Extract<keyof M, string>;

/** A body for event `K`; its return value is ignored. */
export type EventHandler<M, K extends EventName<M>> = (...args: ArgsOf<M, K>) => void;

/** Argument tuple of event `K` of map `M`. */
export type ArgsOf<M, K extends EventName<M>> = M[K] extends unknown[] ? M[K] : never;

/**
 * One dispatched event as seen on `events$`: the canonical name (`zeek_init`,
 * never `bro_init`), the argument values (shared with the handlers, not copied)
 * and the network time at dispatch.
 */
export type DispatchedEvent<M> = {
  [K in EventName<M>]: { readonly name: CanonicalName<K>; readonly args: ArgsOf<M, K>; readonly time: number };
}[EventName<M>];

/** Options of an `on()` registration. */
export interface HandlerOptions {
  /** Bro `&priority`: higher runs first; ties keep registration (load) order. Default 0. */
  priority?: number;
}
