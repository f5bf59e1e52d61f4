/**
 * One log value as Zeek's ASCII writer renders it, by the column's script type: the TSV form
 * (threading/formatters/Ascii) and the JSON form (`LogAscii::use_json`). Values are rxbro's run-time
 * representation (src/runtime/README.md): numbers or bigints, address text, port numbers with their
 * protocol bits, `SubnetValue`s, `TableValue` sets, arrays for vectors, enum names, functions.
 */
import { portNumber } from '../runtime/port';
import { subnetToString, type SubnetValue } from '../runtime/subnet';
import type { TableValue } from '../runtime/table';
import type { Type } from '../runtime/types';
import { type AsciiSeparators, hexEscapeAll } from './asciiText';

/**
 * `%.6f` without the exponent JavaScript's `toFixed` switches to from 1e21 on (Zeek prints every digit).
 *
 * ## Example
 * ```ts
 * fixed6(1.5); // '1.500000'
 * ```
 */
export function fixed6(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
  if (Math.abs(v) < 1e21) return v.toFixed(6);
  return BigInt(v).toString() + '.000000';
}

/**
 * A `double` in a TSV log: six decimals, trailing zeros dropped but one kept (`1.0`, `0.1234`, `inf`, `nan`).
 *
 * ## Example
 * ```ts
 * formatLogDouble(3.14); // '3.14'
 * ```
 */
export function formatLogDouble(v: number): string {
  const s = fixed6(v);
  if (!s.includes('.')) return s;
  const t = s.replace(/0+$/, '');
  return t.endsWith('.') ? t + '0' : t;
}

/**
 * A `double`, `time` or `interval` in a JSON log: the shortest form that reads back (`1.0`, `1.79e308`),
 * `null` for infinities and NaN.
 *
 * ## Example
 * ```ts
 * jsonLogDouble(100); // '100.0'
 * ```
 */
export function jsonLogDouble(v: number): string {
  if (!Number.isFinite(v)) return 'null';
  if (Object.is(v, -0)) return '-0.0';
  const s = String(v).replace('e+', 'e');
  return /[.e]/.test(s) ? s : s + '.0';
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : (v as number));

/** The elements of a set (single index) or vector value, in the container's order. */
function elements(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  const t = v as TableValue;
  const out: unknown[] = [];
  for (const e of t.map.values()) out.push(e.index.length === 1 ? e.index[0] : e.index);
  return out;
}

/** Writes a string as the ASCII writer does: reserved words and every byte of `escapeSeq` escaped. */
function tsvText(s: string, seps: AsciiSeparators, inContainer: boolean): string {
  if (s === '') return seps.emptyField;
  // A value that reads like the unset or empty marker gets its first byte escaped.
  let head = '';
  if (s === seps.unsetField || s === seps.emptyField) {
    head = hexEscapeAll(s[0]);
    s = s.slice(1);
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 0x20 || ch >= 0x7f || ch === 0x5c) {
      out += '\\x' + ch.toString(16).padStart(2, '0');
      continue;
    }
    const sep = seps.separator;
    if (sep !== '' && s.startsWith(sep, i)) {
      out += hexEscapeAll(sep);
      i += sep.length - 1;
      continue;
    }
    const ss = seps.setSeparator;
    if (inContainer && ss !== '' && s.startsWith(ss, i)) {
      out += hexEscapeAll(ss);
      i += ss.length - 1;
      continue;
    }
    out += s[i];
  }
  return head + out;
}

/** Text of a function value in a log: its script name (Zeek prints the whole body; docs/logging.md). */
function funcText(v: unknown): string {
  const name = (v as { broName?: string }).broName;
  return typeof name === 'string' ? name : '<function>';
}

/**
 * One value of type `t` in a TSV log (`undefined` = unset).
 *
 * ## Example
 * ```ts
 * formatTsvValue(true, T.bool, DEFAULT_SEPARATORS); // 'T'
 * ```
 */
export function formatTsvValue(v: unknown, t: Type, seps: AsciiSeparators, inContainer = false): string {
  if (v === undefined || v === null) return seps.unsetField;
  switch (t.kind) {
    case 'bool':
      return v ? 'T' : 'F';
    case 'count':
    case 'int':
      return String(v);
    case 'port':
      return String(portNumber(v as number));
    case 'addr':
      return v as string;
    case 'subnet':
      return subnetToString(v as SubnetValue);
    case 'double':
      return formatLogDouble(num(v));
    case 'time':
    case 'interval':
      return fixed6(num(v));
    case 'string':
    case 'enum':
      return tsvText(String(v), seps, inContainer);
    case 'function':
    case 'event':
    case 'hook':
      return tsvText(funcText(v), seps, inContainer);
    case 'table':
    case 'vector': {
      const elem = t.kind === 'vector' ? t.elem : t.index[0];
      const items = elements(v);
      if (items.length === 0) return seps.emptyField;
      return items.map((x) => formatTsvValue(x, elem, seps, true)).join(seps.setSeparator);
    }
    default:
      return tsvText(String(v), seps, inContainer);
  }
}

/** A string as Zeek's JSON writer escapes it: JSON escapes, bytes that are not UTF-8 as `\\xNN`. */
function jsonText(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c < 0x20 || c === 0x7f) out += '\\u' + c.toString(16).padStart(4, '0');
    else if (c < 0x80) out += s[i];
    else {
      // A whole UTF-8 sequence is kept as its bytes; a stray byte is written as \\xNN.
      const n = c >= 0xf0 && c < 0xf8 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
      let ok = n > 0 && i + n <= s.length;
      for (let k = 1; ok && k < n; k++) ok = (s.charCodeAt(i + k) & 0xc0) === 0x80;
      if (ok) {
        out += s.slice(i, i + n);
        i += n - 1;
      } else out += '\\\\x' + c.toString(16).padStart(2, '0');
    }
  }
  return out + '"';
}

/**
 * One value of type `t` as JSON text (`undefined` inside a vector is `null`).
 *
 * ## Example
 * ```ts
 * formatJsonValue(100, T.interval); // '100.0'
 * ```
 */
export function formatJsonValue(v: unknown, t: Type): string {
  if (v === undefined || v === null) return 'null';
  switch (t.kind) {
    case 'bool':
      return v ? 'true' : 'false';
    case 'count':
    case 'int':
      return String(v);
    case 'port':
      return String(portNumber(v as number));
    case 'addr':
      return jsonText(v as string);
    case 'subnet':
      return jsonText(subnetToString(v as SubnetValue));
    case 'double':
      return jsonLogDouble(num(v));
    case 'time':
    case 'interval':
      // Times carry microseconds; rounding first keeps binary noise out of the shortest form.
      return jsonLogDouble(Number(num(v).toFixed(6)));
    case 'function':
    case 'event':
    case 'hook':
      return jsonText(funcText(v));
    case 'table':
    case 'vector': {
      const elem = t.kind === 'vector' ? t.elem : t.index[0];
      return '[' + elements(v).map((x) => formatJsonValue(x, elem)).join(',') + ']';
    }
    default:
      return jsonText(String(v));
  }
}

/**
 * A column's type as the `#types` line names it (`set[count]`, `vector[string]`, `func`).
 *
 * ## Example
 * ```ts
 * logTypeName(setType([T.count])); // 'set[count]'
 * ```
 */
export function logTypeName(t: Type): string {
  switch (t.kind) {
    case 'table':
      return `${t.yield === undefined ? 'set' : 'table'}[${t.index.map(logTypeName).join(',')}]`;
    case 'vector':
      return `vector[${logTypeName(t.elem)}]`;
    case 'function':
    case 'event':
    case 'hook':
      return 'func';
    default:
      return t.kind;
  }
}
