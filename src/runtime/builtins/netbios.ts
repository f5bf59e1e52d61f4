/**
 * Zeek's NetBIOS name helpers (test bifs.netbios-functions): a 32-character first-level encoded name
 * (RFC 1001: each byte as two letters `A`–`P`, either case) decoded to its 15-character name and its
 * one-byte type suffix.
 */
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

/** The 16 decoded bytes, or undefined when the length or an encoding letter is wrong. */
function decode16(s: string): number[] | undefined {
  if (s.length !== 32) return undefined;
  const out: number[] = [];
  for (let i = 0; i < 32; i += 2) {
    const hi = s.toUpperCase().charCodeAt(i) - 65;
    const lo = s.toUpperCase().charCodeAt(i + 1) - 65;
    if (hi < 0 || hi > 15 || lo < 0 || lo > 15) return undefined;
    out.push((hi << 4) | lo);
  }
  return out;
}

/**
 * The name part (first 15 bytes, trailing spaces and NULs removed); "" for a malformed encoding.
 *
 * ## Example
 * ```ts
 * decodeNetbiosName('enebfcfeejeocacacacacacacacacaad'); // 'MARTIN'
 * ```
 */
export function decodeNetbiosName(s: string): string {
  const b = decode16(s);
  if (!b) return '';
  let n = 15;
  while (n > 0 && (b[n - 1] === 0x20 || b[n - 1] === 0)) n--;
  return String.fromCharCode(...b.slice(0, n));
}

/**
 * The type suffix (16th byte); 256 for a malformed encoding.
 *
 * ## Example
 * ```ts
 * decodeNetbiosNameType('fhepfcelehfcepfffacacacacacacabl'); // 0x1b
 * ```
 */
export function decodeNetbiosNameType(s: string): number {
  const b = decode16(s);
  return b ? b[15] : 256;
}

/**
 * NetBIOS built-ins.
 *
 * ## Example
 * ```ts
 * NETBIOS_BUILTINS.decode_netbios_name.impl(ctx, ['ejfdebfeebfacacacacacacacacacaaa'], [T.string]); // 'ISATAP'
 * ```
 */
export const NETBIOS_BUILTINS: Record<string, Builtin> = {
  decode_netbios_name: builtin([['name', T.string]], T.string, (_c, [s]) => decodeNetbiosName(s as string)),
  decode_netbios_name_type: builtin([['name', T.string]], T.count, (_c, [s]) => decodeNetbiosNameType(s as string)),
};
