import { filter, map, OperatorFunction, pipe } from 'rxjs';
import { canonicalEventName, CanonicalName } from './aliases';

/** The old Bro spellings of whichever canonical names are in `N`. */
type LegacyName<N> =
  | (N extends 'zeek_init' ? 'bro_init' : never)
  | (N extends 'zeek_done' ? 'bro_done' : never)
  | (N extends 'zeek_script_loaded' ? 'bro_script_loaded' : never);

/** The shape `ofEvent` reads; `DispatchedEvent<M>` is a union of these. */
interface EventLike {
  readonly name: string;
  readonly args: unknown;
}

/**
 * Keeps the dispatched events called `name` (either spelling of an aliased
 * event) and emits their argument tuples, typed from the stream's event map.
 *
 * ## Example
 * ```ts
 * engine.events$.pipe(ofEvent('new_connection')).subscribe(([c]) => console.log(c.uid));
 * engine.events$.pipe(ofEvent('bro_init')).subscribe(() => console.log('init')); // zeek_init
 * ```
 *
 * @param name The event name (`bro_init` and `zeek_init` are the same event).
 * @return An operator from dispatched events to the argument tuples of `name`.
 */
export function ofEvent<E extends EventLike, K extends E['name'] | LegacyName<E['name']>>(
  name: K,
): OperatorFunction<E, Extract<E, { readonly name: CanonicalName<K> }>['args']> {
  const wanted = canonicalEventName(name);
  return pipe(
    filter((e: E) => e.name === wanted),
    map((e) => e.args as Extract<E, { readonly name: CanonicalName<K> }>['args']),
  );
}
