/**
 * Zeek's `from_json` (test bifs.from_json): a parsed JSON document turned into a value of a given type.
 * Ports, addresses, subnets, patterns and enums come from strings (`"80/tcp"`, `"[::1/128]"`, `"/a/"`,
 * `"A::Blue"`), times and intervals from numbers of seconds (intervals also from to_json's text, `"2.0 hrs"`;
 * a pattern's printed `/^?(…)$?/` form loses its wrapper), sets and vectors from arrays (a `null` member
 * is skipped), tables from objects keyed as to_json writes them, records from objects whose keys go through
 * the key mapper first.
 */
import { parseJson, type JsonNode } from './jsonParse';
import { parseAddr } from './addr';
import { makePattern } from './pattern';
import { makePort, PORT_ICMP, PORT_TCP, PORT_UDP, PORT_UNKNOWN } from './port';
import { createRecord } from './record';
import { parseSubnet } from './subnet';
import { createSet, createTable, tableAdd, tableSet, type TableValue } from './table';
import { typeToString, type Type } from './types';
import { parseIntervalText } from '../time/interval';

/** A value that does not fit the type: Zeek's message, returned in `from_json_result$err`. */
export class FromJsonError extends Error {}

const JSON_TYPE_NAMES: Record<JsonNode['t'], string> = {
  null: 'null', bool: 'bool', number: 'number', string: 'string', array: 'array', object: 'object',
};

function mismatch(j: JsonNode, t: Type): never {
  throw new FromJsonError(`cannot convert JSON type '${JSON_TYPE_NAMES[j.t]}' to Zeek type '${typeToString(t)}'`);
}

function integral(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

function portFrom(s: string, t: Type, j: JsonNode): number {
  const m = /^(\d{1,5})\/(tcp|udp|icmp|unknown)$/.exec(s);
  if (!m || Number(m[1]) > 65535) {
    void t;
    void j;
    throw new FromJsonError('wrong port format, string must be /[0-9]{1,5}\\/(tcp|udp|icmp|unknown)/');
  }
  const proto = { tcp: PORT_TCP, udp: PORT_UDP, icmp: PORT_ICMP, unknown: PORT_UNKNOWN }[m[2] as 'tcp'];
  return makePort(Number(m[1]), proto);
}

/** The JSON node an object key stands for as an index of type `t`: numbers from their text, else a string. */
function keyNode(k: string, t: Type): JsonNode {
  if (t.kind === 'count' || t.kind === 'int' || t.kind === 'double' || t.kind === 'time' || t.kind === 'interval') {
    try {
      return parseJson(k);
    } catch {
      throw new FromJsonError(`invalid table index '${k}'`);
    }
  }
  return { t: 'string', v: k };
}

/**
 * A table from an object, keyed as to_json writes tables: a one-column index by its text, a composite index
 * by its JSON array (`"[\"10.0.0.1\",\"80/tcp\"]"`).
 */
function tableFrom(j: JsonNode, index: readonly Type[], yieldType: Type, t: Type, keyOf: (k: string) => string): TableValue {
  if (j.t !== 'object') mismatch(j, t);
  const out = createTable<unknown>();
  for (const [k, v] of j.members) {
    let parts: JsonNode[];
    if (index.length === 1) parts = [keyNode(k, index[0])];
    else {
      let arr: JsonNode;
      try {
        arr = parseJson(k);
      } catch {
        throw new FromJsonError(`invalid table index '${k}'`);
      }
      if (arr.t !== 'array' || arr.items.length !== index.length) throw new FromJsonError(`wrong number of index values for '${typeToString(t)}'`);
      parts = arr.items;
    }
    tableSet(out, index, parts.map((p, i) => jsonToValue(p, index[i], keyOf)), jsonToValue(v, yieldType, keyOf));
  }
  return out;
}

/**
 * The value of type `t` for JSON node `j`; `keyOf` maps a JSON object key to a record field name.
 * Throws {@link FromJsonError} with Zeek's message when the node does not fit.
 *
 * ## Example
 * ```ts
 * jsonToValue(parseJson('"80/tcp"'), T.port, (k) => k); // makePort(80, PORT_TCP)
 * ```
 */
export function jsonToValue(j: JsonNode, t: Type, keyOf: (k: string) => string): unknown {
  switch (t.kind) {
    case 'bool':
      if (j.t !== 'bool') mismatch(j, t);
      return j.v;
    case 'count':
      if (j.t !== 'number' || !j.integral || j.text.startsWith('-')) mismatch(j, t);
      return integral(j.text);
    case 'int':
      if (j.t !== 'number' || !j.integral) mismatch(j, t);
      return integral(j.text);
    case 'interval':
      // to_json writes an interval as its printed text ("2.0 days 30.0 mins"); Zeek reads that back too
      // (its test scripts.base.utils.json-roundtrip).
      if (j.t === 'string') {
        const secs = parseIntervalText(j.v);
        if (secs === undefined) throw new FromJsonError(`invalid interval format '${j.v}'`);
        return secs;
      }
      if (j.t !== 'number') mismatch(j, t);
      return Number(j.text);
    case 'double':
    case 'time':
      if (j.t !== 'number') mismatch(j, t);
      return Number(j.text);
    case 'string':
      if (j.t !== 'string') mismatch(j, t);
      return j.v;
    case 'port':
      // "80/tcp", or to_json's own form {"port": 80, "proto": "tcp"}.
      if (j.t === 'object') {
        const num = j.members.find(([k]) => k === 'port')?.[1];
        const proto = j.members.find(([k]) => k === 'proto')?.[1];
        if (num?.t === 'number' && num.integral && proto?.t === 'string') return portFrom(`${num.text}/${proto.v}`, t, j);
        throw new FromJsonError('wrong port format, object must have \'port\' and \'proto\' members');
      }
      if (j.t !== 'string') mismatch(j, t);
      return portFrom(j.v, t, j);
    case 'addr': {
      if (j.t !== 'string') mismatch(j, t);
      const text = j.v.startsWith('[') && j.v.endsWith(']') ? j.v.slice(1, -1) : j.v;
      const a = parseAddr(text);
      if (a === undefined) throw new FromJsonError(`invalid address '${j.v}'`);
      return a;
    }
    case 'subnet': {
      if (j.t !== 'string') mismatch(j, t);
      const text = j.v.startsWith('[') && j.v.endsWith(']') ? j.v.slice(1, -1) : j.v;
      const sn = parseSubnet(text);
      if (sn === undefined) throw new FromJsonError(`invalid subnet '${j.v}'`);
      return sn;
    }
    case 'pattern': {
      if (j.t !== 'string') mismatch(j, t);
      let src = j.v.length >= 2 && j.v.startsWith('/') && j.v.endsWith('/') ? j.v.slice(1, -1) : j.v;
      // to_json writes a pattern in its printed form, `/^?(a)$?/`; the `^?(`…`)$?` wrapper is the printer's, so
      // the pattern read back is `/a/` again and compares equal to the one written (scripts.base.utils.json-roundtrip).
      if (src.length >= 6 && src.startsWith('^?(') && src.endsWith(')$?')) src = src.slice(3, -3);
      try {
        return makePattern(src);
      } catch {
        throw new FromJsonError(`error compiling pattern '${j.v}'`);
      }
    }
    case 'enum':
      if (j.t !== 'string') mismatch(j, t);
      if (!t.byName.has(j.v)) throw new FromJsonError(`'${j.v}' is not a valid enum for '${typeToString(t)}'.`);
      return j.v;
    case 'vector': {
      if (j.t !== 'array') mismatch(j, t);
      return j.items.filter((x) => x.t !== 'null').map((x) => jsonToValue(x, t.elem, keyOf));
    }
    case 'table': {
      if (t.yield) return tableFrom(j, t.index, t.yield, t, keyOf);
      if (j.t !== 'array') mismatch(j, t);
      const s = createSet();
      for (const x of j.items) {
        if (x.t === 'null') continue;
        if (t.index.length === 1) {
          tableAdd(s, t.index, [jsonToValue(x, t.index[0], keyOf)]);
          continue;
        }
        if (x.t !== 'array' || x.items.length !== t.index.length)
          throw new FromJsonError(`wrong number of index values for '${typeToString(t)}'`);
        tableAdd(s, t.index, x.items.map((y, i) => jsonToValue(y, t.index[i], keyOf)));
      }
      return s;
    }
    case 'record': {
      if (j.t !== 'object') mismatch(j, t);
      const given = new Map<string, JsonNode>();
      for (const [k, v] of j.members) given.set(keyOf(k), v);
      const init: Record<string, unknown> = {};
      for (const f of t.fields) {
        const x = given.get(f.name);
        if (x === undefined || x.t === 'null') {
          if (f.optional || f.default) continue;
          throw new FromJsonError(`required field ${typeToString(t)}$${f.name} is missing in input`);
        }
        init[f.name] = jsonToValue(x, f.type, keyOf);
      }
      return createRecord(t, init);
    }
    default:
      throw new FromJsonError(`type '${typeToString(t)}' unsupport`);
  }
}
