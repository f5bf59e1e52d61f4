/**
 * `fmt(format, ...)`, `cat(...)`, `cat_sep(sep, def, ...)` (language.md §10.1).
 *
 * Arguments come with their static types (several Bro types share a JS number);
 * `any`-typed arguments are unboxed to their dynamic type first. Errors are
 * reported through the context and the output continues, as Zeek's `fmt` does.
 */
import { addrToHex, type Addr } from './addr';
import { dynamicType, isAnyValue } from './any';
import { cExp, cFixed, cGeneral } from './cnumber';
import type { BuiltinContext } from './context';
import { formatValueRaw } from './describe';
import { toBigInt, type Integral } from './numeric';
import { strftime, useUtc } from './strftime';
import type { Type } from './types';

function pad(s: string, width: number, left: boolean): string {
  if (width <= s.length) return s;
  const fill = ' '.repeat(width - s.length);
  return left ? s + fill : fill + s;
}

/** C-style padding of a numeric rendering: zero padding goes after the sign. */
function padNumeric(s: string, width: number, left: boolean, zero: boolean): string {
  if (width <= s.length) return s;
  if (left || !zero) return pad(s, width, left);
  const sign = s[0] === '-' ? '-' : '';
  const body = sign ? s.slice(1) : s;
  return sign + '0'.repeat(width - s.length) + body;
}

/** The integer a `%d`/`%x` conversion sees for a value, or undefined for a bad type. */
function integralOf(v: unknown, t: Type): Integral | undefined {
  switch (t.kind) {
    case 'count':
    case 'int':
      return v as Integral;
    case 'bool':
      return v ? 1 : 0;
    case 'port':
      return (v as number) & 0xffff;
    case 'enum': {
      const n = t.byName.get(v as string);
      return n ?? 0;
    }
    default:
      return undefined;
  }
}

function floatOf(v: unknown, t: Type): number | undefined {
  return t.kind === 'double' || t.kind === 'time' || t.kind === 'interval' ? (v as number) : undefined;
}

function formatFloat(x: number, conv: string, prec: number): string {
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let s: string;
  if (Number.isNaN(x)) return 'nan';
  if (a === Infinity) s = 'inf';
  else if (conv === 'f') s = cFixed(a, prec);
  else if (conv === 'e') s = cExp(a, prec);
  else s = cGeneral(a, prec);
  return neg ? `-${s}` : s;
}


/**
 * Renders a time as `%D` (`YYYY-MM-DD-HH:MM:SS`) or `%T` (with the seconds as
 * `(trunc(t) mod 60) + frac` in C `%012.9f`).
 *
 * ## Example
 * ```ts
 * formatDateTime(0, 'T', true); // '1970-01-01-00:00:00.000000000'
 * ```
 */
export function formatDateTime(t: number, conv: 'D' | 'T', utc: boolean): string {
  const whole = Math.trunc(t);
  const base = strftime('%Y-%m-%d-%H:%M', whole, utc);
  if (conv === 'D') return `${base}:${strftime('%S', whole, utc)}`;
  let secs = (((whole % 60) + 60) % 60) + (t - whole);
  if (!utc) secs = Number(strftime('%S', whole, utc)) + (t - whole);
  const s = cFixed(Math.abs(secs), 9);
  return `${base}:${(secs < 0 ? '-' : '') + s.padStart(12 - (secs < 0 ? 1 : 0), '0')}`;
}

/** One `%` conversion of a format string, as parsed once (flags, width, precision, conversion letter). */
export interface FormatConversion {
  left: boolean;
  zero: boolean;
  /** -1 when absent. */
  width: number;
  /** -1 when absent. */
  prec: number;
  /** Undefined when the format ends inside the conversion ("bad format"). */
  conv: string | undefined;
}

/** A format string split into literal text and conversions; parse once per call site, apply many times. */
export type ParsedFormat = readonly (string | FormatConversion)[];

/**
 * Splits a `fmt` format string into literal text (with `%%` already reduced) and conversions. Scanning stops at
 * a conversion cut off by the end of the string, as `fmt` does.
 *
 * ## Example
 * ```ts
 * parseFormat('item-%d%%'); // ['item-', { left: false, zero: false, width: -1, prec: -1, conv: 'd' }, '%']
 * ```
 */
export function parseFormat(format: string): ParsedFormat {
  const out: (string | FormatConversion)[] = [];
  let lit = '';
  const f = format;
  for (let i = 0; i < f.length; i++) {
    const c = f[i];
    if (c !== '%') {
      lit += c;
      continue;
    }
    i++;
    if (f[i] === '%') {
      lit += '%';
      continue;
    }
    if (lit) out.push(lit);
    lit = '';
    let left = false;
    let zero = false;
    if (f[i] === '-') {
      left = true;
      i++;
    }
    if (f[i] === '0') {
      zero = true;
      i++;
    }
    let width = -1;
    let prec = -1;
    const wm = /^\d+/.exec(f.slice(i));
    if (wm) {
      width = Number(wm[0]);
      i += wm[0].length;
    }
    if (f[i] === '.') {
      i++;
      const pm = /^\d+/.exec(f.slice(i));
      prec = pm ? Number(pm[0]) : 0;
      if (pm) i += pm[0].length;
    }
    const conv = f[i];
    out.push({ left, zero, width, prec, conv });
    if (conv === undefined) break;
  }
  if (lit) out.push(lit);
  return out;
}

/** Parsed formats of recent calls with a computed format string (bounded; cleared when full). */
const parsedCache = new Map<string, ParsedFormat>();

/**
 * Zeek's `fmt`: printf-like formatting of Bro values.
 *
 * Supports `%s`, `%d`, `%x`, `%e`/`%f`/`%g`, `%D`/`%T`, `%%`, the `-` and `0`
 * flags, a field width and a precision; errors are reported through `ctx` and the
 * result is the empty string (or the text so far), as Zeek does.
 *
 * ## Example
 * ```ts
 * fmt(ctx, '*%-10s*', ['test'], [T.string]); // '*test      *'
 * fmt(ctx, '%x', [255], [T.count]);          // 'ff'
 * ```
 */
export function fmt(ctx: BuiltinContext, format: string, args: readonly unknown[], types: readonly Type[]): string {
  return fmtParsed(ctx, cachedFormat(format), args, types, 0);
}

/**
 * `parseFormat` through a small cache, for formats computed at run time.
 *
 * ## Example
 * ```ts
 * cachedFormat('%d') === cachedFormat('%d'); // true
 * ```
 */
export function cachedFormat(format: string): ParsedFormat {
  let parsed = parsedCache.get(format);
  if (parsed === undefined) {
    if (parsedCache.size >= 256) parsedCache.clear();
    parsed = parseFormat(format);
    parsedCache.set(format, parsed);
  }
  return parsed;
}

/**
 * `fmt` with its format already parsed: the arguments are `args[first..]` with their static types
 * `types[first..]` (so a caller need not slice off the format string).
 *
 * ## Example
 * ```ts
 * const p = parseFormat('item-%d-%s');
 * fmtParsed(ctx, p, [7, 'x'], [T.count, T.string], 0); // 'item-7-x'
 * ```
 */
export function fmtParsed(ctx: BuiltinContext, parsed: ParsedFormat, args: readonly unknown[], types: readonly Type[], first: number): string {
  let out = '';
  let n = first;
  for (let p = 0; p < parsed.length; p++) {
    const piece = parsed[p];
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    if (n >= args.length) {
      ctx.error('too few arguments for format');
      return '';
    }
    let v = args[n];
    let t = types[n];
    if (t.kind === 'any' && isAnyValue(v)) {
      t = v.anyType;
      v = v.value;
    }
    n++;
    const { left, zero, width, prec, conv } = piece;
    if (conv === undefined) {
      ctx.error('bad format');
      break;
    }
    if (width > 128 || prec > 128) {
      ctx.error('excessive field width or precision');
      out += conv;
      continue;
    }
    const isFloat = conv === 'e' || conv === 'f' || conv === 'g';
    if (prec >= 0 && !isFloat) ctx.error('precision specified for non-floating point');
    const w = width < 0 ? 0 : width;
    switch (conv) {
      case 's':
        out += pad(formatValueRaw(v, t), w, left);
        break;
      case 'd':
      case 'x': {
        if (conv === 'x' && t.kind === 'addr') {
          // Zero padding is not supported for addresses.
          out += pad(addrToHex(v as Addr), w, left);
          break;
        }
        const x = integralOf(v, t);
        if (x === undefined) {
          ctx.error('bad type for %d/%x format');
          out += pad('', w, left);
          break;
        }
        let s: string;
        if (conv === 'd') s = typeof x === 'number' ? String(x) : x.toString();
        else {
          const b = toBigInt(x);
          s = (b < 0n ? BigInt.asUintN(64, b) : b).toString(16);
        }
        out += padNumeric(s, w, left, zero);
        break;
      }
      case 'e':
      case 'f':
      case 'g': {
        const x = floatOf(v, t);
        if (x === undefined) {
          ctx.error('bad type for floating-point format');
          out += pad('', w, left);
          break;
        }
        out += padNumeric(formatFloat(x, conv, prec < 0 ? 6 : prec), w, left, zero);
        break;
      }
      case 'D':
      case 'T': {
        if (t.kind !== 'time' && t.kind !== 'double') {
          ctx.error('bad type for Date/Time format');
          out += pad('', w, left);
          break;
        }
        out += pad(formatDateTime(v as number, conv, useUtc(ctx.env)), w, left);
        break;
      }
      default:
        ctx.error('bad format');
    }
  }
  if (n < args.length) {
    ctx.error('too many arguments for format');
    return '';
  }
  return out;
}

/**
 * `cat(...)`: the raw renderings of all arguments, concatenated.
 *
 * ## Example
 * ```ts
 * cat(['foo', 3, true], [T.string, T.count, T.bool]); // 'foo3T'
 * ```
 */
export function cat(args: readonly unknown[], types: readonly Type[]): string {
  let s = '';
  for (let i = 0; i < args.length; i++) s += formatValueRaw(args[i], types[i]);
  return s;
}

/**
 * `cat_sep(sep, def, ...)`: like `cat` with `sep` between arguments; an empty string
 * argument is replaced by `def`.
 *
 * ## Example
 * ```ts
 * catSep('|', '<empty>', ['', 3, true], [T.string, T.count, T.bool]); // '<empty>|3|T'
 * ```
 */
export function catSep(sep: string, def: string, args: readonly unknown[], types: readonly Type[]): string {
  let s = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) s += sep;
    const [v, t] = dynamicType(args[i], types[i]);
    s += t.kind === 'string' && v === '' ? def : formatValueRaw(v, t);
  }
  return s;
}
