/**
 * Script values as typed JSON (docs/state-format.md, "Values"): the static type says how a JSON
 * value is read back, so the encoding stays plain (numbers, strings, arrays, objects) and
 * round-trips every storable type. Shared by state files, captured events and state updates.
 */
import { boxAny, dynamicType, isAnyValue } from '../runtime/any';
import { parseAddr } from '../runtime/addr';
import { normalizeIntegral, type Integral } from '../runtime/numeric';
import { makePattern, type PatternValue } from '../runtime/pattern';
import { parseRegex } from '../runtime/patternSyntax';
import { formatPort, makePort, PORT_ICMP, PORT_TCP, PORT_UDP, PORT_UNKNOWN } from '../runtime/port';
import { parseSubnet, subnetToString, type SubnetValue } from '../runtime/subnet';
import { canonicalKey, type TableValue } from '../runtime/table';
import type { Type } from '../runtime/types';
import { typeFromJson, typeToJson } from './typeJson';

/** A JSON value as `JSON.parse` returns it. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A value the encoding cannot hold (function, file, opaque) or a JSON value that does not fit its type. */
export class ValueJsonError extends Error {}

/** The expiry bookkeeping of a table backed by an expiring core (compiler/lower/tables.ts), duck-typed. */
interface WithCore {
  core?: { accessTime(key: unknown): number | undefined; restore(key: unknown, value: unknown, index: readonly unknown[], abs: number): void };
}

/**
 * Replaces the entries of the live table `target` with those of a decoded table, keeping the
 * target's own attributes (`&default`, expiry): through its expiring core when it has one, so
 * saved access times carry over (entries without one count from now). No `&on_change` calls.
 *
 * ## Example
 * ```ts
 * restoreTableInto(cell.v as TableValue, valueFromJson(saved, type) as TableValue);
 * ```
 */
export function restoreTableInto(target: TableValue, decoded: TableValue): void {
  const core = (target as TableValue & WithCore).core;
  target.map.clear();
  for (const [key, e] of decoded.map as Map<unknown, RestoredEntry>) {
    if (core) core.restore(key, e.value, e.index, e.access ?? NaN);
    else (target.map as Map<unknown, { index: unknown[]; value: unknown }>).set(key, { index: e.index, value: e.value });
  }
}

function num(n: number): Json {
  return Number.isFinite(n) ? n : String(n);
}

/**
 * Encodes `v` (of static type `t`) as JSON. Table entries of an expiring table carry `"a"`, the
 * absolute network time their expiry counts from.
 *
 * ## Example
 * ```ts
 * valueToJson(443 | PORT_TCP, T.port);            // '443/tcp'
 * valueToJson(set('a', 'b'), setType([T.string])); // [{ k: ['a'] }, { k: ['b'] }]
 * ```
 */
export function valueToJson(v: unknown, t: Type): Json {
  if (v === undefined) return null;
  switch (t.kind) {
    case 'bool':
      return v === true;
    case 'count':
    case 'int':
      return typeof v === 'bigint' ? v.toString() : (v as number);
    case 'double':
    case 'time':
    case 'interval':
      return num(v as number);
    case 'string':
    case 'addr':
    case 'enum':
      return v as string;
    case 'subnet':
      return subnetToString(v as SubnetValue);
    case 'port':
      return formatPort(v as number);
    case 'pattern':
      return (v as PatternValue).text;
    case 'any': {
      const [inner, it] = isAnyValue(v) ? dynamicType(v, t) : [v, t];
      if (it.kind === 'any') throw new ValueJsonError('an any value without its type');
      return { type: typeToJson(it) as Json, value: valueToJson(inner, it) };
    }
    case 'record': {
      const r = v as Record<string, unknown>;
      const o: { [k: string]: Json } = {};
      for (const f of t.fields) if (r[f.name] !== undefined) o[f.name] = valueToJson(r[f.name], f.type);
      return o;
    }
    case 'vector':
      return (v as unknown[]).map((x) => (x === undefined ? null : valueToJson(x, t.elem)));
    case 'table': {
      const tv = v as TableValue & WithCore;
      const out: Json[] = [];
      for (const [key, e] of tv.map) {
        const row: { [k: string]: Json } = { k: e.index.map((x, i) => valueToJson(x, t.index[i])) };
        if (t.yield !== undefined) row.v = valueToJson(e.value, t.yield);
        const a = tv.core?.accessTime(key);
        if (a !== undefined) row.a = num(a);
        out.push(row);
      }
      return out;
    }
    default:
      throw new ValueJsonError(`a value of type ${t.kind} cannot be stored`);
  }
}

function fail(t: Type, j: unknown): never {
  throw new ValueJsonError(`${JSON.stringify(j)?.slice(0, 60)} is not ${/^[aeiou]/.test(t.kind) ? 'an' : 'a'} ${t.kind}`);
}

function number(t: Type, j: unknown): number {
  if (typeof j === 'number') return j;
  if (j === 'NaN' || j === 'Infinity' || j === '-Infinity') return Number(j);
  return fail(t, j);
}

const PROTO_BITS: Record<string, number> = { tcp: PORT_TCP, udp: PORT_UDP, icmp: PORT_ICMP, unknown: PORT_UNKNOWN };

/** A decoded table entry; `access` is the saved absolute expiry time when the table had one. */
export interface RestoredEntry {
  index: unknown[];
  value: unknown;
  access?: number;
}

/**
 * Decodes a JSON value of static type `t` (the inverse of {@link valueToJson}). Tables come
 * back as plain table values whose entries may carry `access` ({@link RestoredEntry}); see
 * {@link restoreTableInto} for putting them into a live table.
 *
 * ## Example
 * ```ts
 * valueFromJson('443/tcp', T.port); // 443 | PORT_TCP
 * ```
 */
export function valueFromJson(j: unknown, t: Type): unknown {
  if (j === null) return undefined;
  switch (t.kind) {
    case 'bool':
      return typeof j === 'boolean' ? j : fail(t, j);
    case 'count':
    case 'int':
      if (typeof j === 'number' && Number.isInteger(j)) return j;
      if (typeof j === 'string' && /^-?\d+$/.test(j)) return normalizeIntegral(BigInt(j)) as Integral;
      return fail(t, j);
    case 'double':
    case 'time':
    case 'interval':
      return number(t, j);
    case 'string':
      return typeof j === 'string' ? j : fail(t, j);
    case 'enum':
      if (typeof j !== 'string' || (t.byName.size > 0 && !t.byName.has(j))) return fail(t, j);
      return j;
    case 'addr': {
      const a = typeof j === 'string' ? parseAddr(j) : undefined;
      return a ?? fail(t, j);
    }
    case 'subnet': {
      const s = typeof j === 'string' ? parseSubnet(j) : undefined;
      return s ?? fail(t, j);
    }
    case 'port': {
      const m = typeof j === 'string' ? /^(\d+)\/(tcp|udp|icmp|unknown)$/.exec(j) : null;
      return m ? makePort(Number(m[1]), PROTO_BITS[m[2]]) : fail(t, j);
    }
    case 'pattern':
      return typeof j === 'string' ? patternFromText(j) : fail(t, j);
    case 'any': {
      const o = j as { type?: unknown; value?: unknown };
      if (typeof o !== 'object' || Array.isArray(o) || !('type' in o)) return fail(t, j);
      let it: Type;
      try {
        it = typeFromJson(o.type);
      } catch (e) {
        throw new ValueJsonError((e as Error).message);
      }
      return boxAny(valueFromJson(o.value, it), it);
    }
    case 'record': {
      if (typeof j !== 'object' || Array.isArray(j)) return fail(t, j);
      const o = j as Record<string, unknown>;
      const r: Record<string, unknown> = {};
      // Fields the type no longer has are dropped; new fields stay unset (docs/state-format.md).
      for (const f of t.fields) r[f.name] = f.name in o ? valueFromJson(o[f.name], f.type) : undefined;
      return r;
    }
    case 'vector':
      return Array.isArray(j) ? j.map((x) => (x === null ? undefined : valueFromJson(x, t.elem))) : fail(t, j);
    case 'table': {
      if (!Array.isArray(j)) return fail(t, j);
      const map = new Map<unknown, RestoredEntry>();
      for (const row of j as Record<string, unknown>[]) {
        if (!row || !Array.isArray(row.k) || row.k.length !== t.index.length) return fail(t, row);
        const index = row.k.map((x, i) => valueFromJson(x, t.index[i]));
        const value = t.yield === undefined ? true : valueFromJson(row.v ?? null, t.yield);
        const entry: RestoredEntry = { index, value };
        if (row.a !== undefined) entry.access = number(t, row.a);
        map.set(canonicalKey(index, t.index), entry);
      }
      return { isSet: t.yield === undefined, map } as TableValue;
    }
    default:
      throw new ValueJsonError(`a value of type ${t.kind} cannot be stored`);
  }
}

/**
 * A pattern from its canonical text (`^?(X)$?`, optionally inside `(?i:…)`/`(?s:…)`); other
 * texts (composed patterns) are parsed as they stand.
 *
 * ## Example
 * ```ts
 * patternFromText('^?(a.*b)$?').text; // '^?(a.*b)$?'
 * ```
 */
export function patternFromText(text: string): PatternValue {
  let inner = text;
  let flags = '';
  for (;;) {
    const m = /^\(\?([is]):(.*)\)$/s.exec(inner);
    if (!m) break;
    flags += m[1];
    inner = m[2];
  }
  const simple = /^\^\?\((.*)\)\$\?$/s.exec(inner);
  if (simple) {
    const p = makePattern(simple[1], flags);
    if (p.text === text) return p;
  }
  return { text, ast: parseRegex(text, { ci: false, dotall: false }) };
}
