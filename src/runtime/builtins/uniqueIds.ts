/**
 * Zeek's `unique_id(prefix)` / `unique_id_from(pool, prefix)`: the prefix and a random 64-bit number in
 * base 62 (least significant digit first, Zeek's digit order `0-9a-zA-Z`). Zeek draws the number from its
 * seeded generator; rxbro's are random per run (see docs/zeek-bifs.md: bifs.unique_id is not comparable).
 */
import { randomBytes } from 'crypto';
import type { BuiltinContext } from '../context';
import { escapeString } from '../string';
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * `v` in base 62, least significant digit first (Zeek's `uitoa_n`).
 *
 * ## Example
 * ```ts
 * base62LsbFirst(62n); // '01'
 * ```
 */
export function base62LsbFirst(v: bigint): string {
  if (v === 0n) return '0';
  let out = '';
  while (v > 0n) {
    out += DIGITS[Number(v % 62n)];
    v /= 62n;
  }
  return out;
}

function uniqueId(prefix: string): string {
  return prefix + base62LsbFirst(randomBytes(8).readBigUInt64LE());
}

/**
 * A string handed to C code as Zeek's `CheckString` does: one with a NUL byte is reported
 * (`error: string with embedded NUL: "hi\x00there"`, no position: Zeek's `reporter->Error`) and replaced by
 * `<string-with-NUL>` (core.embedded-null).
 *
 * ## Example
 * ```ts
 * checkString(ctx, 'hi\0there'); // '<string-with-NUL>', after ctx.error(...)
 * ```
 */
export function checkString(c: BuiltinContext, s: string): string {
  if (!s.includes('\0')) return s;
  c.error(`string with embedded NUL: "${escapeString(s)}"`, { located: false });
  return '<string-with-NUL>';
}

/**
 * Unique-ID built-ins.
 *
 * ## Example
 * ```ts
 * UNIQUE_ID_BUILTINS.unique_id.impl(ctx, ['F'], [T.string]); // e.g. 'FRA0sjzG9KGRs'
 * ```
 */
export const UNIQUE_ID_BUILTINS: Record<string, Builtin> = {
  unique_id: builtin([['prefix', T.string]], T.string, (c, [p]) => uniqueId(checkString(c, p as string))),
  unique_id_from: builtin([['pool', T.int], ['prefix', T.string]], T.string, (c, [, p]) => uniqueId(checkString(c, p as string))),
};
