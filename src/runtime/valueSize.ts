/**
 * Estimated memory of script values, for `global_sizes()` (engine.md 6.2) and prof.log's
 * expensive "Global_sizes" lines (6.3). Old Bro asked its allocator; JavaScript cannot, so
 * the size is a model of what the value holds in V8 (constants below), walked by type:
 *
 * | value | bytes |
 * |---|---|
 * | bool, count, int, double, time, interval, port, enum | 16 |
 * | string, addr (text), subnet, pattern | 16 + length of the text |
 * | record | 32 + 8 per field + each set field's value |
 * | table/set | 64 + per entry 48 + index values + yield value |
 * | vector | 32 + 8 per element + each element |
 * | function, file, opaque | 64 |
 *
 * An aggregate reachable twice (shared) is counted once.
 */
import { isAnyValue } from './any';
import type { TableValue } from './table';
import type { Type } from './types';

/** Fixed costs of the size model (bytes). */
export const SIZE_MODEL = { scalar: 16, text: 16, record: 32, field: 8, table: 64, entry: 48, vector: 32, slot: 8, opaque: 64 } as const;

/**
 * Estimated bytes a value of type `t` occupies (see the module comment for the model).
 *
 * ## Example
 * ```ts
 * estimateValueSize(5, T.count);                    // 16
 * estimateValueSize('abc', T.string);               // 19
 * ```
 */
export function estimateValueSize(v: unknown, t: Type, seen: Set<object> = new Set()): number {
  if (v === undefined || v === null) return 0;
  const M = SIZE_MODEL;
  switch (t.kind) {
    case 'string':
    case 'addr':
    case 'subnet':
    case 'pattern':
      return M.text + textLength(v);
    case 'record': {
      if (typeof v !== 'object' || seen.has(v as object)) return 0;
      seen.add(v as object);
      let n = M.record + M.field * t.fields.length;
      const r = v as Record<string, unknown>;
      for (const f of t.fields) n += estimateValueSize(r[f.name], f.type, seen);
      return n;
    }
    case 'table': {
      const tv = v as TableValue;
      if (typeof v !== 'object' || !(tv.map instanceof Map) || seen.has(tv)) return 0;
      seen.add(tv);
      let n = M.table;
      for (const e of tv.map.values()) {
        n += M.entry;
        for (let i = 0; i < e.index.length && i < t.index.length; i++) n += estimateValueSize(e.index[i], t.index[i], seen);
        if (t.yield) n += estimateValueSize(e.value, t.yield, seen);
      }
      return n;
    }
    case 'vector': {
      if (!Array.isArray(v) || seen.has(v)) return 0;
      seen.add(v);
      let n = M.vector + M.slot * v.length;
      for (const x of v) n += estimateValueSize(x, t.elem, seen);
      return n;
    }
    case 'any':
      return isAnyValue(v) ? estimateValueSize(v.value, v.anyType, seen) : M.scalar;
    case 'function':
    case 'event':
    case 'hook':
    case 'file':
    case 'opaque':
      return M.opaque;
    default:
      return M.scalar;
  }
}

/**
 * Old Bro's table entry counts of a value: entries of the table itself, and entries counted
 * recursively through tables held in its values (and in records/vectors it holds).
 *
 * ## Example
 * ```ts
 * tableEntryCounts(t, tableType([T.string], T.count)); // [2, 2] for two entries
 * ```
 */
export function tableEntryCounts(v: unknown, t: Type, seen: Set<object> = new Set()): [direct: number, recursive: number] {
  if (v === undefined || v === null || typeof v !== 'object' || seen.has(v as object)) return [0, 0];
  seen.add(v as object);
  switch (t.kind) {
    case 'table': {
      const tv = v as TableValue;
      if (!(tv.map instanceof Map)) return [0, 0];
      let rec = tv.map.size;
      if (t.yield) for (const e of tv.map.values()) rec += tableEntryCounts(e.value, t.yield, seen)[1];
      return [tv.map.size, rec];
    }
    case 'record': {
      let rec = 0;
      for (const f of t.fields) rec += tableEntryCounts((v as Record<string, unknown>)[f.name], f.type, seen)[1];
      return [0, rec];
    }
    case 'vector': {
      let rec = 0;
      if (Array.isArray(v)) for (const x of v) rec += tableEntryCounts(x, t.elem, seen)[1];
      return [0, rec];
    }
    default:
      return [0, 0];
  }
}

function textLength(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (typeof v === 'object' && v !== null) {
    const o = v as { source?: unknown; text?: unknown };
    if (typeof o.source === 'string') return o.source.length;
    if (typeof o.text === 'string') return o.text.length;
  }
  return 8;
}
