/**
 * Bro tables and sets (language.md 2.10) as plain data.
 *
 * A container is a `Map` from a canonical key to an entry. For a single atomic
 * index (count, int, double, string, addr, port, bool, enum) the canonical key
 * is the index value itself, so lookups allocate nothing; composite indexes
 * are encoded to one string by `canonicalKey` (owned by this module).
 * Iteration follows insertion order (rxbro's documented choice).
 */
export interface TableEntry<V> {
  /** The index values, as given by the script (one element per index column). */
  readonly index: readonly unknown[];
  value: V;
}

export interface TableValue<V = unknown> {
  readonly isSet: boolean;
  readonly map: Map<unknown, TableEntry<V>>;
}

/** A set is a table whose values are all `true`. */
export type SetValue = TableValue<true>;

export function createTable<V>(): TableValue<V> {
  return { isSet: false, map: new Map() };
}

export function createSet(): SetValue {
  return { isSet: true, map: new Map() };
}

/** Adds a member to a set with a single atomic index. */
export function setAdd(s: SetValue, member: unknown): void {
  if (!s.map.has(member)) s.map.set(member, { index: [member], value: true });
}
