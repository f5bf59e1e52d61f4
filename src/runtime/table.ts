/**
 * Bro tables and sets (language.md 2.10) as plain data.
 *
 * A container is a `Map` from a canonical key to an entry. For a single atomic
 * index (count, int, double, string, addr, port, bool, enum) the canonical key
 * is the index value itself, so lookups allocate nothing; composite indexes
 * are encoded to one string by `canonicalKey` (owned by this module).
 * Iteration follows insertion order (rxbro's documented choice).
 */
import { runtimeError } from './errors';
import type { PatternValue } from './pattern';
import { patternMatches } from './pattern';
import type { SubnetValue } from './subnet';
import { subnetContains } from './subnet';
import type { Type } from './types';

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

/**
 * Creates an empty table (`table[...] of V` value).
 *
 * ## Example
 * ```ts
 * const t = createTable<number>();
 * ```
 */
export function createTable<V>(): TableValue<V> {
  return { isSet: false, map: new Map() };
}

/**
 * Creates an empty set.
 *
 * ## Example
 * ```ts
 * const s = createSet();
 * ```
 */
export function createSet(): SetValue {
  return { isSet: true, map: new Map() };
}

/**
 * Adds a member to a set with a single atomic index.
 *
 * ## Example
 * ```ts
 * setAdd(s, 42); // s now holds 42
 * ```
 */
export function setAdd(s: SetValue, member: unknown): void {
  if (!s.map.has(member)) s.map.set(member, { index: [member], value: true });
}

// ---------------------------------------------------------------------------
// Canonical keys, lookups and set algebra (runtime engineer's extension).


/** Separator between composite key parts; never produced by a part's own encoding. */
const SEP = '\x1f';

function keyPart(v: unknown, t: Type): string {
  if (v === undefined) return '\x02';
  switch (t.kind) {
    case 'string':
      return `${(v as string).length}:${v as string}`;
    case 'bool':
      return v ? 'T' : 'F';
    case 'subnet':
      return `${(v as SubnetValue).prefix}/${(v as SubnetValue).width}`;
    case 'pattern': {
      const x = (v as PatternValue).text;
      return `${x.length}:${x}`;
    }
    case 'record': {
      const r = v as Record<string, unknown>;
      return `{${t.fields.map((f) => keyPart(r[f.name], f.type)).join(SEP)}}`;
    }
    case 'vector': {
      const a = v as unknown[];
      return `<${a.map((x) => keyPart(x, t.elem)).join(SEP)}>`;
    }
    case 'table': {
      const tv = v as TableValue;
      const part = (k: unknown) => (typeof k === 'string' ? `${k.length}:${k}` : String(k));
      // Sorted: equal sets built in a different order are one key (Zeek's set hashing ignores insertion order).
      if (t.yield === undefined) return `(${[...tv.map.keys()].map(part).sort().join(SEP)})`;
      // A table's values are part of it: `table(["k2"] = "v3")` is not the member `table(["k2"] = "v2")`
      // (language.set).
      const vt = t.yield;
      return `(${[...tv.map].map(([k, e]) => `${part(k)}=${keyPart(e.value, vt)}`).sort().join(SEP)})`;
    }
    default:
      return String(v);
  }
}

/**
 * The canonical key of one value of type `t` used as a single index: the value itself
 * for atomic types (count, int, double, string, addr, port, bool, enum, time, interval),
 * a string encoding for subnets, patterns and records (compared by value).
 *
 * ## Example
 * ```ts
 * singleKey(80, T.port);                                    // 80
 * singleKey({ prefix: '10.0.0.0', width: 8 }, T.subnet);    // '10.0.0.0/8'
 * ```
 */
export function singleKey(v: unknown, t: Type): unknown {
  switch (t.kind) {
    case 'subnet':
    case 'pattern':
    case 'record':
    case 'vector':
    case 'table':
      return keyPart(v, t);
    default:
      return v;
  }
}

/**
 * The canonical key of an index tuple for a table with index types `types`.
 *
 * ## Example
 * ```ts
 * canonicalKey(['1.2.3.4', 80], [T.addr, T.port]); // a string equal for equal tuples
 * ```
 */
export function canonicalKey(index: readonly unknown[], types: readonly Type[]): unknown {
  if (types.length === 1) return singleKey(index[0], types[0]);
  let k = keyPart(index[0], types[0]);
  for (let i = 1; i < types.length; i++) k += SEP + keyPart(index[i], types[i]);
  return k;
}

/**
 * `t[k1, ...]`: the value, or the run-time error "no such index" (callers handle `&default`).
 *
 * ## Example
 * ```ts
 * tableGet(t, [T.count], [42]); // 4711
 * ```
 */
export function tableGet<V>(t: TableValue<V>, types: readonly Type[], index: readonly unknown[]): V {
  const e = t.map.get(canonicalKey(index, types));
  if (e === undefined) runtimeError('no such index');
  return e.value;
}

/**
 * `t[k1, ...]` returning undefined when absent (for `&default` handling by the caller).
 *
 * ## Example
 * ```ts
 * tableFind(t, [T.count], [1]) ?? fallback;
 * ```
 */
export function tableFind<V>(t: TableValue<V>, types: readonly Type[], index: readonly unknown[]): V | undefined {
  return t.map.get(canonicalKey(index, types))?.value;
}

/**
 * `t[k1, ...] = v`; for sets use `tableAdd`.
 *
 * ## Example
 * ```ts
 * tableSet(t, [T.count], [42], 4711);
 * ```
 */
export function tableSet<V>(t: TableValue<V>, types: readonly Type[], index: readonly unknown[], value: V): void {
  const k = canonicalKey(index, types);
  const e = t.map.get(k);
  if (e) e.value = value;
  else t.map.set(k, { index: index.slice(), value });
}

/**
 * `add s[k1, ...]`.
 *
 * ## Example
 * ```ts
 * tableAdd(s, [T.addr, T.port], ['1.2.3.4', 80 | PORT_TCP]);
 * ```
 */
export function tableAdd(s: SetValue, types: readonly Type[], index: readonly unknown[]): void {
  const k = canonicalKey(index, types);
  if (!s.map.has(k)) s.map.set(k, { index: index.slice(), value: true });
}

/**
 * `[k1, ...] in t` (keys only).
 *
 * ## Example
 * ```ts
 * tableHas(t, [T.count], [42]); // true if present
 * ```
 */
export function tableHas(t: TableValue, types: readonly Type[], index: readonly unknown[]): boolean {
  return t.map.has(canonicalKey(index, types));
}

/**
 * `delete t[k1, ...]`; absent keys are ignored. Returns whether something was removed.
 *
 * ## Example
 * ```ts
 * tableDelete(t, [T.count], [42]);
 * ```
 */
export function tableDelete(t: TableValue, types: readonly Type[], index: readonly unknown[]): boolean {
  return t.map.delete(canonicalKey(index, types));
}

/**
 * Longest-prefix match for a table/set indexed by a single `subnet`, looked up with an
 * `addr`: the entry of the most specific subnet containing the address.
 *
 * ## Example
 * ```ts
 * subnetLookup(nets, '10.1.2.3')?.value;
 * ```
 */
export function subnetLookup<V>(t: TableValue<V>, a: string): TableEntry<V> | undefined {
  let best: TableEntry<V> | undefined;
  let bestWidth = -1;
  let bestBits = -1;
  for (const e of t.map.values()) {
    const sn = e.index[0] as SubnetValue;
    if (!subnetContains(sn, a)) continue;
    const bits = sn.prefix.indexOf(':') < 0 ? sn.width + 96 : sn.width;
    if (bits > bestBits) {
      best = e;
      bestBits = bits;
      bestWidth = sn.width;
    }
  }
  return bestWidth < 0 ? undefined : best;
}

/**
 * Longest-prefix match for a table/set indexed by a single `subnet`, looked up with a
 * `subnet`: the entry of the most specific member subnet that contains all of `sn` (Zeek's
 * `PrefixTable::Lookup(..., exact=false)`; `check_subnet` is the exact test).
 *
 * ## Example
 * ```ts
 * subnetLookupSubnet(nets, { prefix: '10.2.0.2', width: 32 }); // the 10.2.0.2/31 entry, say
 * ```
 */
export function subnetLookupSubnet<V>(t: TableValue<V>, sn: SubnetValue): TableEntry<V> | undefined {
  const bits128 = (x: SubnetValue) => (x.prefix.indexOf(':') < 0 ? x.width + 96 : x.width);
  const want = bits128(sn);
  let best: TableEntry<V> | undefined;
  let bestBits = -1;
  for (const e of t.map.values()) {
    const m = e.index[0] as SubnetValue;
    const bits = bits128(m);
    if (bits > want || bits <= bestBits || !subnetContains(m, sn.prefix)) continue;
    best = e;
    bestBits = bits;
  }
  return best;
}

/**
 * For `set[pattern]` / `table[pattern] of T` indexed with a string: every entry whose
 * pattern matches the whole string.
 *
 * ## Example
 * ```ts
 * patternLookup(pats, 'foo').length > 0; // "foo" in pats
 * ```
 */
export function patternLookup<V>(t: TableValue<V>, s: string): TableEntry<V>[] {
  const out: TableEntry<V>[] = [];
  for (const e of t.map.values()) if (patternMatches(e.index[0] as PatternValue, s)) out.push(e);
  return out;
}

/**
 * `s1 | s2`: union (a new set; entries of `a` first, then new ones of `b`).
 *
 * ## Example
 * ```ts
 * setUnion(a, b).map.size;
 * ```
 */
export function setUnion(a: SetValue, b: SetValue): SetValue {
  const out = createSet();
  for (const [k, e] of a.map) out.map.set(k, { index: e.index, value: true });
  for (const [k, e] of b.map) if (!out.map.has(k)) out.map.set(k, { index: e.index, value: true });
  return out;
}

/**
 * `s1 & s2`: intersection.
 *
 * ## Example
 * ```ts
 * setIntersection(a, b);
 * ```
 */
export function setIntersection(a: SetValue, b: SetValue): SetValue {
  const out = createSet();
  for (const [k, e] of a.map) if (b.map.has(k)) out.map.set(k, { index: e.index, value: true });
  return out;
}

/**
 * `s1 - s2`: difference.
 *
 * ## Example
 * ```ts
 * setDifference(a, b);
 * ```
 */
export function setDifference(a: SetValue, b: SetValue): SetValue {
  const out = createSet();
  for (const [k, e] of a.map) if (!b.map.has(k)) out.map.set(k, { index: e.index, value: true });
  return out;
}

/**
 * `s1 <= s2`: subset.
 *
 * ## Example
 * ```ts
 * setIsSubset(a, b);
 * ```
 */
export function setIsSubset(a: TableValue, b: TableValue): boolean {
  if (a.map.size > b.map.size) return false;
  for (const k of a.map.keys()) if (!b.map.has(k)) return false;
  return true;
}

/**
 * `s1 < s2`: proper subset.
 *
 * ## Example
 * ```ts
 * setIsProperSubset(a, b);
 * ```
 */
export function setIsProperSubset(a: TableValue, b: TableValue): boolean {
  return a.map.size < b.map.size && setIsSubset(a, b);
}

/**
 * `s1 == s2`: same members.
 *
 * ## Example
 * ```ts
 * setEquals(a, b);
 * ```
 */
export function setEquals(a: TableValue, b: TableValue): boolean {
  return a.map.size === b.map.size && setIsSubset(a, b);
}

/**
 * `t += t2` / `s += s2`: merges the right operand's entries into `a` (values replaced).
 *
 * ## Example
 * ```ts
 * tableMerge(t, t2);
 * ```
 */
export function tableMerge<V>(a: TableValue<V>, b: TableValue<V>): void {
  for (const [k, e] of b.map) {
    const old = a.map.get(k);
    if (old) old.value = e.value;
    else a.map.set(k, { index: e.index, value: e.value });
  }
}

/**
 * `t -= t2`: removes the keys of the right operand.
 *
 * ## Example
 * ```ts
 * tableRemoveKeys(t, t2);
 * ```
 */
export function tableRemoveKeys(a: TableValue, b: TableValue): void {
  for (const k of b.map.keys()) a.map.delete(k);
}

/**
 * `delete t` / `clear_table(t)`: removes every entry.
 *
 * ## Example
 * ```ts
 * tableClear(t);
 * ```
 */
export function tableClear(t: TableValue): void {
  t.map.clear();
}
