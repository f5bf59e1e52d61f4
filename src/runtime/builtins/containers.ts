/** Built-ins of language.md §10.6: `type_name`, `clear_table`; Zeek's `all_set`/`any_set` on a vector of bool. */
import { dynamicType } from '../any';
import { keptAnonymousType } from '../record';
import { addrIsV4 } from '../addr';
import { subnetContains, type SubnetValue } from '../subnet';
import { createSet, createTable, type SetValue, type TableValue } from '../table';
import { estimateValueSize } from '../valueSize';
import { valueFootprint } from '../footprint';
import type { BuiltinContext } from '../context';
import { T, type Type, typeToString } from '../types';
import { builtin, type Builtin } from './builtin';

/**
 * Type and container built-ins (language.md §10.6).
 *
 * ## Example
 * ```ts
 * Object.keys(CONTAINER_BUILTINS); // names merged into BUILTINS
 * ```
 */
export const CONTAINER_BUILTINS: Record<string, Builtin> = {
  type_name: builtin([['t', T.any]], T.string, (_c, [v], types) => {
    const [val, t] = dynamicType(v, types[0] ?? T.any);
    return typeToString((t.kind === 'record' && keptAnonymousType(val)) || t);
  }),
  clear_table: builtin([['v', T.any]], T.any, (_c, [v], types) => {
    const [tv] = dynamicType(v, types[0] ?? T.any);
    (tv as TableValue).map.clear();
    return undefined;
  }),
  // Zeek's same_object: the very same container/record value. Atomic values (strings included) have no
  // identity in rxbro, so equal ones count as the same object (Zeek compares Val pointers).
  same_object: builtin([['o1', T.any], ['o2', T.any]], T.bool, (_c, [a, b], types) =>
    dynamicType(a, types[0] ?? T.any)[0] === dynamicType(b, types[1] ?? T.any)[0]),
  // Zeek's val_size: rxbro's size estimate of the value (language.md has no byte-exact model; see valueSize.ts).
  val_size: builtin([['v', T.any]], T.count, (_c, [v], types) => {
    const [val, t] = dynamicType(v, types[0] ?? T.any);
    return estimateValueSize(val, t);
  }),
  // Zeek's value_footprint (test bifs.footprint): see footprint.ts.
  value_footprint: builtin([['v', T.any], ['count_entries', T.bool]], T.count, (_c, [v, ce], types) =>
    valueFootprint(v, types[0] ?? T.any, ce === true)),
  all_set: builtin([['v', T.any]], T.bool, (c, [v], types) => boolVector(c, v, types[0], 'all_set')?.every((x) => x === true) ?? false),
  any_set: builtin([['v', T.any]], T.bool, (c, [v], types) => boolVector(c, v, types[0], 'any_set')?.some((x) => x === true) ?? false),
};

/**
 * Zeek's table_keys (test bifs.table_keys): the indices of a table as a set with the same index types, in
 * the table's iteration order. Called through the compiler, whose checker gives the result its type.
 *
 * ## Example
 * ```ts
 * tableKeys(t).map.size; // t.map.size
 * ```
 */
export function tableKeys(t: TableValue): SetValue {
  const s = createSet();
  for (const [k, e] of t.map) s.map.set(k, { index: e.index, value: true });
  return s;
}

/**
 * Zeek's table_values (test bifs.table_values): the values of a table as a vector, in iteration order.
 *
 * ## Example
 * ```ts
 * tableValues(t).length; // t.map.size
 * ```
 */
export function tableValues(t: TableValue): unknown[] {
  return [...t.map.values()].map((e) => e.value);
}

/** The elements of a `vector of bool` argument, else reports Zeek's "NAME() requires vector of bool" (Zeek tests bifs.all_set, bifs.any_set, language.vector). */
function boolVector(c: BuiltinContext, v: unknown, t: Type | undefined, name: string): unknown[] | undefined {
  const [val, dt] = dynamicType(v, t ?? T.any);
  if (dt.kind === 'vector' && dt.elem.kind === 'bool') return val as unknown[];
  c.error(`${name}() requires vector of bool`);
  return undefined;
}

/**
 * Zeek's filter_subnet_table (test bifs.filter_subnet_table): the entries of a set or table indexed by
 * `subnet` whose subnet contains `search` (same family, no longer prefix), in the table's order. Called
 * through the compiler, whose checker gives the result the argument's type.
 *
 * ## Example
 * ```ts
 * filterSubnetTable(parseSubnet('10.2.0.2/32')!, t); // the 10.0.0.0/8 and 10.2.0.0/16 entries of t
 * ```
 */
export function filterSubnetTable(search: SubnetValue, t: TableValue): TableValue {
  const out: TableValue = t.isSet ? createSet() : createTable<unknown>();
  const v4 = addrIsV4(search.prefix);
  for (const [k, e] of t.map) {
    const sn = e.index[0] as SubnetValue;
    if (addrIsV4(sn.prefix) !== v4 || sn.width > search.width || !subnetContains(sn, search.prefix)) continue;
    out.map.set(k, e);
  }
  return out;
}
