/**
 * Type-generic value operations the compiler may lower to when it does not
 * specialise: `|x|`, `copy(x)`, `==` on any type, ordering of atomic values.
 */
import { addrCompare, addrSize, type Addr } from './addr';
import { dynamicType } from './any';
import { intAbs, type Integral } from './numeric';
import type { PatternValue } from './pattern';
import type { FileValue } from './file';
import { subnetEquals, subnetSize, type SubnetValue } from './subnet';
import { canonicalKey, setEquals, type TableValue } from './table';
import type { Type } from './types';

/**
 * `|x|` by operand type (language.md §2.13).
 *
 * ## Example
 * ```ts
 * sizeOf(80 | PORT_TCP, T.port); // 65616
 * sizeOf(-10, T.int);            // 10
 * ```
 */
export function sizeOf(value: unknown, type: Type): Integral {
  const [v, t] = dynamicType(value, type);
  switch (t.kind) {
    case 'count':
      return v as Integral;
    case 'int':
      return intAbs(v as Integral);
    case 'double':
    case 'time':
    case 'interval':
      return Math.abs(v as number);
    case 'bool':
      return v ? 1 : 0;
    case 'enum':
      return t.byName.get(v as string) ?? 0;
    case 'string':
      return (v as string).length;
    case 'addr':
      return addrSize(v as Addr);
    case 'subnet':
      return subnetSize(v as SubnetValue);
    case 'port':
      return v as number;
    case 'table':
      return (v as TableValue).map.size;
    case 'vector':
      return (v as unknown[]).length;
    case 'record':
      return t.fields.length;
    case 'function':
    case 'event':
    case 'hook':
      return t.params.length;
    case 'file':
      return (v as FileValue).size;
    default:
      return 0;
  }
}

/**
 * `copy(x)`: a deep copy (records, containers, nested values); atomic values as is.
 *
 * ## Example
 * ```ts
 * const r2 = copyValue(r, R) as Record<string, unknown>;
 * ```
 */
export function copyValue(value: unknown, type: Type): unknown {
  if (value === undefined || value === null) return value;
  const [v, t] = dynamicType(value, type);
  switch (t.kind) {
    case 'record': {
      const r = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const f of t.fields) out[f.name] = copyValue(r[f.name], f.type);
      return t === type ? out : { anyType: t, value: out };
    }
    case 'vector': {
      const out = (v as unknown[]).map((x) => copyValue(x, t.elem));
      return t === type ? out : { anyType: t, value: out };
    }
    case 'table': {
      const tv = v as TableValue;
      const out: TableValue = { isSet: tv.isSet, map: new Map() };
      for (const [k, e] of tv.map) {
        out.map.set(k, {
          index: e.index.map((x, i) => copyValue(x, t.index[i])),
          value: t.yield ? copyValue(e.value, t.yield) : e.value,
        });
      }
      return t === type ? out : { anyType: t, value: out };
    }
    default:
      return value;
  }
}

/**
 * `a == b` for two values of the same type (records and vectors by value, sets by members,
 * patterns by text, subnets by prefix and width; functions/files by identity).
 *
 * ## Example
 * ```ts
 * valuesEqual(5, 5n, T.count); // true
 * ```
 */
export function valuesEqual(a: unknown, b: unknown, t: Type): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  switch (t.kind) {
    case 'count':
    case 'int':
      // eslint-disable-next-line eqeqeq
      return (a as Integral) == (b as Integral);
    case 'subnet':
      return subnetEquals(a as SubnetValue, b as SubnetValue);
    case 'pattern':
      return (a as PatternValue).text === (b as PatternValue).text;
    case 'table':
      if (t.yield === undefined) return setEquals(a as TableValue, b as TableValue);
      return tablesEqual(a as TableValue, b as TableValue, t.yield);
    case 'record':
    case 'vector':
      return canonicalKey([a], [t]) === canonicalKey([b], [t]);
    case 'any': {
      const [va, ta] = dynamicType(a, t);
      const [vb, tb] = dynamicType(b, t);
      return ta.kind === tb.kind && valuesEqual(va, vb, ta);
    }
    default:
      return false;
  }
}

function tablesEqual(a: TableValue, b: TableValue, y: Type): boolean {
  if (a.map.size !== b.map.size) return false;
  for (const [k, e] of a.map) {
    const o = b.map.get(k);
    if (!o || !valuesEqual(e.value, o.value, y)) return false;
  }
  return true;
}

/**
 * Three-way comparison for the ordered atomic types (numbers, time, interval, string,
 * addr, port); used by `<`, `<=`, sorting.
 *
 * ## Example
 * ```ts
 * compareValues('::1', '1.2.3.4', T.addr) < 0; // true
 * ```
 */
export function compareValues(a: unknown, b: unknown, t: Type): number {
  if (t.kind === 'addr') return addrCompare(a as Addr, b as Addr);
  const x = a as number | bigint | string;
  const y = b as number | bigint | string;
  return x < y ? -1 : x > y ? 1 : 0;
}
