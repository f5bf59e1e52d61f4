/**
 * `string` values (language.md §2.5): JS "binary strings", one char code (0–255) per byte.
 *
 * Bytewise comparison is plain JS `<` on such strings; concatenation is `+`;
 * `a in b` is `b.includes(a)`. This module holds what is not a JS one-liner:
 * Zeek's Python-style indexing, print escaping, ASCII case mapping and the
 * literal escape rules.
 */
import type { Integral } from './numeric';

const HEX = '0123456789abcdef';

/**
 * Renders a string as `print` does: every byte < 0x20 or > 0x7E as `\xNN`
 * (lower-case hex); backslashes and quotes unchanged.
 *
 * ## Example
 * ```ts
 * escapeString('a\nb'); // 'a\\x0ab'
 * ```
 */
export function escapeString(s: string): string {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) break;
    i++;
  }
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) out += '\\x' + HEX[(c >> 4) & 15] + HEX[c & 15];
    else out += s[i];
  }
  return out;
}

function toNum(i: Integral): number {
  return typeof i === 'number' ? i : Number(i);
}

/**
 * `s[i]`: one byte; negative `i` counts from the end; out of range gives `""`.
 *
 * ## Example
 * ```ts
 * stringIndex('0123456789', -2); // '8'
 * ```
 */
export function stringIndex(s: string, i: Integral): string {
  let k = toNum(i);
  if (k < 0) k += s.length;
  if (k < 0 || k >= s.length) return '';
  return s[k];
}

/**
 * `s[i:j]` with Python rules: omitted bounds (undefined) mean start/end, negative
 * bounds count from the end, bounds are clamped, an empty/inverted range gives `""`.
 *
 * ## Example
 * ```ts
 * stringSlice('0123456789', -3, -1); // '78'
 * stringSlice('0123456789', 1, 6);   // '12345'
 * ```
 */
export function stringSlice(s: string, i?: Integral, j?: Integral): string {
  const n = s.length;
  const a = sliceStart(n, i);
  const b = sliceEnd(n, j);
  return a < b ? s.slice(a, b) : '';
}

/** Start of a `[i:j]` slice of a sequence of length `n` (strings and vectors): negative counts from the end, clamped. */
export function sliceStart(n: number, i?: Integral): number {
  return clampIndex(n, i === undefined ? 0 : toNum(i));
}

/** End of a `[i:j]` slice of a sequence of length `n`; see `sliceStart`. */
export function sliceEnd(n: number, j?: Integral): number {
  return clampIndex(n, j === undefined ? n : toNum(j));
}

function clampIndex(n: number, k: number): number {
  if (k < 0) k = Math.max(0, k + n);
  return k > n ? n : k;
}

/**
 * ASCII lower-casing; other bytes unchanged (`to_lower`).
 *
 * ## Example
 * ```ts
 * asciiLower('This Is A Test'); // 'this is a test'
 * ```
 */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/**
 * ASCII upper-casing; other bytes unchanged (`to_upper`).
 *
 * ## Example
 * ```ts
 * asciiUpper('this is a Test'); // 'THIS IS A TEST'
 * ```
 */
export function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

/**
 * Expands the escapes of a Bro string literal body (language.md §1.4):
 * `\n \t \r \b \f \a \v`, `\x` + 1–2 hex digits, `\` + 1–3 octal digits, `\c` → `c`.
 *
 * ## Example
 * ```ts
 * expandEscapes('\\x0ddir'); // '\rdir'
 * ```
 */
export function expandEscapes(text: string): string {
  if (text.indexOf('\\') < 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const e = text[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'a': out += '\x07'; break;
      case 'v': out += '\v'; break;
      case 'x': {
        const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1, i + 3));
        if (m) {
          out += String.fromCharCode(parseInt(m[0], 16));
          i += m[0].length;
        } else out += 'x';
        break;
      }
      default: {
        const m = /^[0-7]{1,3}/.exec(text.slice(i, i + 3));
        if (m) {
          out += String.fromCharCode(parseInt(m[0], 8) & 255);
          i += m[0].length - 1;
        } else out += e;
      }
    }
  }
  return out;
}

/**
 * Converts bytes (packet payload) to a binary string.
 *
 * ## Example
 * ```ts
 * bytesToString(Buffer.from([0x41, 0xff])); // 'A\xff'
 * ```
 */
export function bytesToString(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

/**
 * Converts a binary string to bytes.
 *
 * ## Example
 * ```ts
 * stringToBytes('\xff'); // <Buffer ff>
 * ```
 */
export function stringToBytes(s: string): Buffer {
  return Buffer.from(s, 'latin1');
}
