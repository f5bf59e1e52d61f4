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
export function copyValue(v: unknown, t: Type, seen: Map<object, unknown> = new Map()): unknown {
  if (v === undefined || v === null || typeof v !== 'object') return v;
  // A value reached twice inside the original is copied once: the copy shares what the original shared
  // (Zeek: two fields holding one record still hold one record in the copy).
  if (seen.has(v)) return seen.get(v);
  if (V.isAnyValue(v)) {
    const out = { anyType: v.anyType, value: undefined as unknown };
    seen.set(v, out);
    out.value = copyValue(v.value, v.anyType, seen);
    return out;
  }
  if (Array.isArray(v)) {
    const elem = t.kind === 'vector' ? t.elem : ({ kind: 'any' } as Type);
    const out: unknown[] = [];
    seen.set(v, out);
    for (let i = 0; i < v.length; i++) out[i] = copyValue(v[i], elem, seen);
    return out;
  }
  if (t.kind === 'table' || (v as TableValue).map instanceof Map) {
    const src = v as TableValue & { defaultOf?: unknown; defaultInsert?: boolean };
    // The copy keeps `&default` but not an expiry core: the core belongs to the original value.
    const out: TableValue & { defaultOf?: unknown; defaultInsert?: boolean } = { isSet: src.isSet, map: new Map() };
    seen.set(v, out);
    if (src.defaultOf) out.defaultOf = src.defaultOf;
    if (src.defaultInsert) out.defaultInsert = true;
    const yt = t.kind === 'table' && t.yield ? t.yield : ({ kind: 'any' } as Type);
    for (const [k, e] of src.map) out.map.set(k, { index: e.index.slice(), value: copyValue(e.value, yt, seen) });
    return out;
  }
  if (t.kind === 'record') {
    const rt = t as RecordType;
    const r: Record<string, unknown> = {};
    seen.set(v, r);
    for (const f of rt.fields) r[f.name] = copyValue((v as Record<string, unknown>)[f.name], f.type, seen);
    return r;
  }
  // A pattern is copied to a new object, so `same_object(p, copy(p))` is F as in Zeek.
  if (t.kind === 'pattern') return { ...(v as object) };
  if (t.kind === 'any') {
    // Unknown static type (a captured local): copy plain objects field by field.
    const r: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) r[k] = copyValue(x, t, seen);
    return Object.keys(r).length || !(v as object).constructor || (v as object).constructor === Object ? r : v;
  }
  return v;
}
