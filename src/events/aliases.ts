/**
 * Old Bro event names and the Zeek names they mean (language.md §5.6,
 * Appendix A). Both spellings address one event; internally the Zeek name is
 * canonical, so handlers under either name merge in one priority order.
 */
export const EVENT_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  bro_init: 'zeek_init',
  bro_done: 'zeek_done',
  bro_script_loaded: 'zeek_script_loaded',
});

/**
 * The canonical (Zeek) name of an event name.
 *
 * ## Example
 * ```ts
 * canonicalEventName('bro_init');        // 'zeek_init'
 * canonicalEventName('new_connection');  // 'new_connection'
 * ```
 */
export function canonicalEventName(name: string): string {
  return Object.prototype.hasOwnProperty.call(EVENT_ALIASES, name) ? EVENT_ALIASES[name] : name;
}

/**
 * Every spelling of the event `name` (canonical first).
 *
 * ## Example
 * ```ts
 * eventNameSpellings('zeek_done'); // ['zeek_done', 'bro_done']
 * ```
 */
export function eventNameSpellings(name: string): string[] {
  const canonical = canonicalEventName(name);
  const out = [canonical];
  for (const old of Object.keys(EVENT_ALIASES)) if (EVENT_ALIASES[old] === canonical) out.push(old);
  return out;
}

/**
 * Type-level `canonicalEventName`: maps the old Bro names to the Zeek names.
 *
 * ## Example
 * ```ts
 * type T = CanonicalName<'bro_done'>; // 'zeek_done'
 * ```
 */
export type CanonicalName<K extends string> = K extends 'bro_init'
  ? 'zeek_init'
  : K extends 'bro_done'
    ? 'zeek_done'
    : K extends 'bro_script_loaded'
      ? 'zeek_script_loaded'
      : K;
