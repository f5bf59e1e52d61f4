/**
 * Zeek's `to_json` (bifs.to_json, scripts.base.utils.json): a script value as JSON text, byte for byte as
 * Zeek's writer produces it. Unlike `valueToJson` (a JS value for `JSON.stringify`), this keeps Zeek's number
 * forms (`1.0`, `1e+30` written `1e30`), its string escaping (control bytes as `\u00XX`, bytes that are not
 * UTF-8 as the text `\xNN`) and table keys built from the index's own JSON.
 */
import { isAnyValue } from './any';
import { formatAtomic } from './describe';
import { patternScan, type PatternValue } from './pattern';
import { portNumber, portProto } from './port';
import type { TableValue } from './table';
import type { RecordType, Type } from './types';

/** `to_json`'s options: only `&log` record fields; the part of a field name to drop (`/^_/` by default). */
export interface JsonTextOptions {
  readonly onlyLoggable?: boolean;
  readonly fieldEscape?: PatternValue;
}

/** The type ids Zeek's opaque values report as `{"opaque_type": …}`. */
const OPAQUE_IDS: Record<string, string> = {
  md5: 'MD5Val',
  sha1: 'SHA1Val',
  sha256: 'SHA256Val',
  entropy: 'EntropyVal',
  topk: 'TopkVal',
  bloomfilter: 'BloomFilterVal',
  cardinality: 'CardinalityVal',
};

const HEX = '0123456789ABCDEF';

/**
 * A double the way Zeek's JSON writer (rapidjson) prints it: shortest round-trip digits, `.0` on integral
 * values, exponents without `+` from 1e21 and below 1e-6; NaN and infinities as `null`.
 *
 * ## Example
 * ```ts
 * jsonDouble(1);               // '1.0'
 * jsonDouble(-1.23456789e308); // '-1.23456789e308'
 * ```
 */
export function jsonDouble(d: number): string {
  if (!Number.isFinite(d)) return 'null';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const sign = d < 0 ? '-' : '';
  const [mant, exp] = Math.abs(d).toExponential().split('e');
  const digits = mant.replace('.', '');
  const kk = Number(exp) + 1; // position of the decimal point relative to the first digit
  const n = digits.length;
  let body: string;
  if (kk >= n && kk <= 21) body = digits + '0'.repeat(kk - n) + '.0';
  else if (kk > 0 && kk <= 21) body = `${digits.slice(0, kk)}.${digits.slice(kk)}`;
  else if (kk > -6 && kk <= 0) body = `0.${'0'.repeat(-kk)}${digits}`;
  else body = `${digits[0]}${n > 1 ? '.' + digits.slice(1) : ''}e${kk - 1}`;
  return sign + body;
}

/** Length of the valid UTF-8 sequence starting at `i` in a byte string, or 0. */
function utf8Length(s: string, i: number): number {
  const c = s.charCodeAt(i);
  let len: number;
  let min: number;
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) { len = 2; min = 0x80; }
  else if (c >= 0xe0 && c <= 0xef) { len = 3; min = 0x800; }
  else if (c >= 0xf0 && c <= 0xf4) { len = 4; min = 0x10000; }
  else return 0;
  if (i + len > s.length) return 0;
  let cp = c & (0x7f >> len);
  for (let k = 1; k < len; k++) {
    const b = s.charCodeAt(i + k);
    if ((b & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (b & 0x3f);
  }
  // Overlong forms, surrogates and code points past U+10FFFF are not valid UTF-8.
  if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return 0;
  return len;
}

/**
 * A byte string as a JSON string literal: `"` and `\` escaped, control bytes as `\b \f \n \r \t` or
 * `\u00XX`, valid UTF-8 kept as its bytes, any other byte as the four characters `\xNN` (Zeek's
 * `json_escape_utf8`, whose backslash the writer then escapes).
 *
 * ## Example
 * ```ts
 * jsonString('a"b\n');  // '"a\\"b\\n"'
 * jsonString('\xff');   // '"\\\\xff"'
 * ```
 */
export function jsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      const len = utf8Length(s, i);
      if (len === 0) {
        out += '\\\\x' + HEX[c >> 4].toLowerCase() + HEX[c & 15].toLowerCase();
        i++;
      } else {
        out += s.slice(i, i + len);
        i += len;
      }
      continue;
    }
    i++;
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c >= 0x20) out += String.fromCharCode(c);
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else out += '\\u00' + HEX[c >> 4] + HEX[c & 15];
  }
  return out + '"';
}

/** A record field name with the first match of the escape pattern removed (`_type` → `type`). */
function fieldKey(name: string, re: PatternValue | undefined): string {
  if (!re) return name;
  const m = patternScan(re, name, 1)[0];
  return m ? name.slice(0, m[0]) + name.slice(m[1]) : name;
}

function recordJson(r: Record<string, unknown>, t: RecordType, o: JsonTextOptions): string {
  const parts: string[] = [];
  for (const f of t.fields) {
    const v = r[f.name];
    if (v === undefined || (o.onlyLoggable && !f.log)) continue;
    parts.push(`${jsonString(fieldKey(f.name, o.fieldEscape))}:${toJsonText(v, f.type, o)}`);
  }
  return `{${parts.join(',')}}`;
}

function tableJson(tv: TableValue, index: readonly Type[], yieldType: Type | undefined, o: JsonTextOptions): string {
  const parts: string[] = [];
  for (const e of tv.map.values()) {
    const key =
      e.index.length === 1 ? toJsonText(e.index[0], index[0], o) : `[${e.index.map((x, i) => toJsonText(x, index[i], o)).join(',')}]`;
    if (!yieldType) {
      parts.push(key);
      continue;
    }
    // The key is the index's JSON text with a string's quotes taken off, written as a string (so a string
    // index's own escapes are escaped again, as in Zeek; plain names come out unchanged).
    const bare = key.length >= 2 && key.startsWith('"') && key.endsWith('"') ? key.slice(1, -1) : key;
    const name = jsonString(bare);
    parts.push(`${name}:${toJsonText(e.value, yieldType, o)}`);
  }
  return yieldType ? `{${parts.join(',')}}` : `[${parts.join(',')}]`;
}

/**
 * The JSON text of a value of type `t`, as Zeek's `to_json` writes it: records as objects of their set
 * fields (declaration order), sets and vectors as arrays (a vector hole is `null`), tables as objects keyed
 * by the index, ports as `{"port":n,"proto":"tcp"}`, times and doubles as numbers, intervals, addresses,
 * subnets and patterns as their printed text, enums by name, opaque values as `{"opaque_type":…}`, and
 * anything else (functions' absent values, types) as `null`.
 *
 * ## Example
 * ```ts
 * toJsonText(makePort(80, PORT_TCP), T.port);     // '{"port":80,"proto":"tcp"}'
 * toJsonText(-43200, T.interval);                 // '"-12.0 hrs"'
 * ```
 */
export function toJsonText(v: unknown, t: Type, o: JsonTextOptions = {}): string {
  if (t.kind === 'any' && isAnyValue(v)) return toJsonText(v.value, v.anyType, o);
  if (v === undefined || v === null) return 'null';
  switch (t.kind) {
    case 'bool':
      return v ? 'true' : 'false';
    case 'count':
    case 'int':
      return String(v);
    case 'double':
    case 'time':
      return jsonDouble(typeof v === 'bigint' ? Number(v) : (v as number));
    case 'port':
      return `{"port":${portNumber(v as number)},"proto":"${portProto(v as number)}"}`;
    case 'interval':
    case 'addr':
    case 'subnet':
    case 'pattern':
    case 'enum':
    case 'string':
      return jsonString(formatAtomic(v, t));
    case 'file':
      return jsonString((v as { name?: string }).name ?? '');
    case 'function':
    case 'event':
    case 'hook':
      return jsonString(formatAtomic(v, t));
    case 'record':
      return recordJson(v as Record<string, unknown>, t, o);
    case 'vector':
      return `[${(v as unknown[]).map((x) => (x === undefined ? 'null' : toJsonText(x, t.elem, o))).join(',')}]`;
    case 'table':
      return tableJson(v as TableValue, t.index, t.yield, o);
    case 'opaque':
      return `{"opaque_type":"${OPAQUE_IDS[t.of] ?? t.of}"}`;
    default:
      return 'null';
  }
}
