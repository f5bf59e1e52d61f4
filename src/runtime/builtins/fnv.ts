/**
 * Zeek's `fnv1a32` / `fnv1a64` (test bifs.fnv1a_hash): the FNV-1a hash of a string's bytes, or of any other
 * value's printed form (`123` hashes as "123", `T` as "T").
 */
import { dynamicType } from '../any';
import { formatValueRaw } from '../describe';
import { T, type Type } from '../types';
import { builtin, type Builtin } from './builtin';

function bytesOf(v: unknown, t: Type): string {
  const [val, vt] = dynamicType(v, t);
  return vt.kind === 'string' ? (val as string) : formatValueRaw(val, vt);
}

/**
 * 32-bit FNV-1a of a byte string.
 *
 * ## Example
 * ```ts
 * fnv1a32('a'); // 0xe40c292c
 * ```
 */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ (s.charCodeAt(i) & 0xff), 0x01000193) >>> 0;
  return h;
}

/**
 * 64-bit FNV-1a of a byte string.
 *
 * ## Example
 * ```ts
 * fnv1a64('a'); // 0xaf63dc4c8601ec8cn
 * ```
 */
export function fnv1a64(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i) & 0xff)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h;
}

/**
 * FNV built-ins.
 *
 * ## Example
 * ```ts
 * FNV_BUILTINS.fnv1a32.impl(ctx, ['a'], [T.string]); // 0xe40c292c
 * ```
 */
export const FNV_BUILTINS: Record<string, Builtin> = {
  fnv1a32: builtin([['input', T.any]], T.count, (_c, [v], types) => fnv1a32(bytesOf(v, types[0] ?? T.any))),
  fnv1a64: builtin([['input', T.any]], T.count, (_c, [v], types) => {
    const h = fnv1a64(bytesOf(v, types[0] ?? T.any));
    return h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
  }),
};
