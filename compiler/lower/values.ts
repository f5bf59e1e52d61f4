/**
 * Value helpers the lowering needs beyond the runtime's: empty aggregates for declarations without an
 * initialiser (language.md §3) and the deep copy of `copy(x)` (§1.6).
 */
import type { RecordType, TableValue, Type } from '../../src/runtime';
import { V } from './runtimeValues';

/**
 * The initial value of a variable declared without initialiser: empty aggregates, unset scalars.
 *
 * ## Example
 * ```ts
 * emptyValue(vectorType(T.count)); // []
 * emptyValue(T.count);             // undefined ("value used but not set" when read)
 * ```
 */
export function emptyValue(t: Type): unknown {
  switch (t.kind) {
    case 'record': return V.createRecord(t);
    case 'table': return t.yield === undefined ? V.createSet() : V.createTable();
    case 'vector': return [];
    default: return undefined;
  }
}

/**
 * `copy(x)`: a deep copy of aggregates (records, tables, sets, vectors); other values are immutable.
 *
 * ## Example
 * ```ts
 * const r2 = copyValue(r, R) as Record<string, unknown>; // r2 !== r, same field values
 * ```
 */
export function copyValue(v: unknown, t: Type): unknown {
  if (v === undefined || v === null || typeof v !== 'object') return v;
  if (V.isAnyValue(v)) return { anyType: v.anyType, value: copyValue(v.value, v.anyType) };
  if (Array.isArray(v)) {
    const elem = t.kind === 'vector' ? t.elem : ({ kind: 'any' } as Type);
    return v.map(x => copyValue(x, elem));
  }
  if (t.kind === 'table' || (v as TableValue).map instanceof Map) {
    const src = v as TableValue & { defaultOf?: unknown; defaultInsert?: boolean };
    // The copy keeps `&default` but not an expiry core: the core belongs to the original value.
    const out: TableValue & { defaultOf?: unknown; defaultInsert?: boolean } = { isSet: src.isSet, map: new Map() };
    if (src.defaultOf) out.defaultOf = src.defaultOf;
    if (src.defaultInsert) out.defaultInsert = true;
    const yt = t.kind === 'table' && t.yield ? t.yield : ({ kind: 'any' } as Type);
    for (const [k, e] of src.map) out.map.set(k, { index: e.index.slice(), value: copyValue(e.value, yt) });
    return out;
  }
  if (t.kind === 'record') {
    const rt = t as RecordType;
    const r: Record<string, unknown> = {};
    for (const f of rt.fields) r[f.name] = copyValue((v as Record<string, unknown>)[f.name], f.type);
    return r;
  }
  if (t.kind === 'any') {
    // Unknown static type (a captured local): copy plain objects field by field.
    const r: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) r[k] = copyValue(x, t);
    return Object.keys(r).length || !(v as object).constructor || (v as object).constructor === Object ? r : v;
  }
  return v;
}
