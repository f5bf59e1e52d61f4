/**
 * Zeek's `value_footprint` (test bifs.footprint): how many values a value holds, directly or indirectly.
 * An atomic value counts 1; a record the footprints of its set fields, a vector of its elements, a table of
 * each entry's index values and value. With `countEntries`, every container also adds its number of
 * entries (a record its number of fields, a table index its number of index values).
 */
import { dynamicType } from './any';
import type { TableValue } from './table';
import type { Type } from './types';

/**
 * The footprint of `value` of type `t`.
 *
 * ## Example
 * ```ts
 * valueFootprint([9, 7, 3, 1], vectorType(T.count), false); // 4
 * valueFootprint([9, 7, 3, 1], vectorType(T.count), true);  // 8
 * ```
 */
export function valueFootprint(value: unknown, type: Type, countEntries: boolean): number {
  const [v, t] = dynamicType(value, type);
  if (v === undefined) return 0;
  switch (t.kind) {
    case 'record': {
      const r = v as Record<string, unknown>;
      let n = countEntries ? t.fields.length : 0;
      for (const f of t.fields) if (r[f.name] !== undefined) n += valueFootprint(r[f.name], f.type, countEntries);
      return n;
    }
    case 'vector': {
      const a = v as unknown[];
      let n = countEntries ? a.length : 0;
      for (const x of a) if (x !== undefined) n += valueFootprint(x, t.elem, countEntries);
      return n;
    }
    case 'table': {
      const tv = v as TableValue;
      let n = countEntries ? tv.map.size : 0;
      for (const e of tv.map.values()) {
        // The index is a list value of its own: its members, plus its length when counting entries.
        n += countEntries ? e.index.length : 0;
        e.index.forEach((x, i) => { n += valueFootprint(x, t.index[i], countEntries); });
        if (t.yield) n += valueFootprint(e.value, t.yield, countEntries);
      }
      return n;
    }
    default:
      return 1;
  }
}
