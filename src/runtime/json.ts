/**
 * Script values as JSON, the way Zeek's `to_json` shows them: records as objects (unset fields
 * left out), sets and vectors as arrays, tables as objects keyed by their index, ports as
 * `{"port": n, "proto": "tcp"}`, times and intervals as seconds, addresses, subnets, patterns and
 * enums as strings. Used by dump-events' `use_json` (engine.md 6.10).
 */
import { isAnyValue } from './any';
import { formatValueRaw } from './describe';
import { portNumber, portProto } from './port';
import type { TableValue } from './table';
import type { Type } from './types';

/**
 * A JSON-ready JavaScript value for a script value of type `t`.
 *
 * ## Example
 * ```ts
 * JSON.stringify(valueToJson(makePort(80, PORT_TCP), T.port)); // '{"port":80,"proto":"tcp"}'
 * ```
 */
export function valueToJson(v: unknown, t: Type): unknown {
  if (v === undefined || v === null) return null;
  switch (t.kind) {
    case 'bool':
    case 'string':
    case 'addr':
      return v;
    case 'count':
    case 'int':
    case 'double':
    case 'time':
    case 'interval':
      return typeof v === 'bigint' ? Number(v) : v;
    case 'port':
      return { port: portNumber(v as number), proto: portProto(v as number) };
    case 'record': {
      const out: Record<string, unknown> = {};
      const r = v as Record<string, unknown>;
      for (const f of t.fields) if (r[f.name] !== undefined) out[f.name] = valueToJson(r[f.name], f.type);
      return out;
    }
    case 'vector':
      return (v as unknown[]).map((x) => valueToJson(x, t.elem));
    case 'table': {
      const tv = v as TableValue;
      if (!t.yield) return [...tv.map.values()].map((e) => (e.index.length === 1 ? valueToJson(e.index[0], t.index[0]) : e.index.map((x, i) => valueToJson(x, t.index[i]))));
      const out: Record<string, unknown> = {};
      for (const e of tv.map.values()) {
        const key = e.index.map((x, i) => formatValueRaw(x, t.index[i])).join(',');
        out[key] = valueToJson(e.value, t.yield);
      }
      return out;
    }
    case 'any':
      return isAnyValue(v) ? valueToJson(v.value, v.anyType) : null;
    default:
      return formatValueRaw(v, t);
  }
}
