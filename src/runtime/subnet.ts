/**
 * `subnet` values (language.md §2.7): an address prefix.
 *
 * Representation: `{ prefix, width }` where `prefix` is the canonical address text
 * of the masked prefix and `width` the length as Zeek shows it (0–32 for IPv4,
 * 0–128 for IPv6). IPv4 subnets are IPv4-mapped IPv6 prefixes internally, so
 * `[::ffff:0:0]/96` is the value `0.0.0.0/0`. `subnetKey` is the printed text,
 * which is also the canonical table key.
 */
import { Addr, addrFromWords, addrIsV4, addrToWords, addrV4Value, maskWords, parseAddrWords } from './addr';
import { runtimeError } from './errors';

export interface SubnetValue {
  readonly prefix: Addr;
  readonly width: number;
}

/**
 * Builds a subnet from 128-bit words and a 128-bit prefix length, masking host bits.
 *
 * ## Example
 * ```ts
 * subnetFromWords([0, 0, 0xffff, 0x0a010203], 104); // 10.0.0.0/8
 * ```
 */
export function subnetFromWords(w: ArrayLike<number>, bits: number): SubnetValue {
  const prefix = addrFromWords(maskWords(w, bits));
  return { prefix, width: addrIsV4(prefix) ? bits - 96 : bits };
}

/**
 * `a / n`: the subnet of width `n` containing `a` (host bits cleared); a width above
 * 32 (IPv4) or 128 (IPv6) is the run-time error "bad IPv4 subnet prefix length: N".
 *
 * ## Example
 * ```ts
 * makeSubnet('10.1.2.3', 8); // { prefix: '10.0.0.0', width: 8 }
 * ```
 */
export function makeSubnet(a: Addr, n: number): SubnetValue {
  const v4 = addrIsV4(a);
  if (n < 0 || n > (v4 ? 32 : 128)) runtimeError(`bad IPv${v4 ? 4 : 6} subnet prefix length: ${n}`);
  return subnetFromWords(addrToWords(a), v4 ? n + 96 : n);
}

/**
 * Parses `"a.b.c.d/n"` or `"v6addr/n"` (brackets around the IPv6 part allowed), or undefined.
 *
 * ## Example
 * ```ts
 * parseSubnet('[fe80::]/10'); // { prefix: 'fe80::', width: 10 }
 * ```
 */
export function parseSubnet(text: string): SubnetValue | undefined {
  const slash = text.lastIndexOf('/');
  if (slash < 0) return undefined;
  let a = text.slice(0, slash).trim();
  const n = text.slice(slash + 1).trim();
  if (!/^[0-9]+$/.test(n)) return undefined;
  if (a.startsWith('[') && a.endsWith(']')) a = a.slice(1, -1);
  const w = parseAddrWords(a);
  if (!w) return undefined;
  const v4 = a.indexOf(':') < 0;
  const width = Number(n);
  if (width > (v4 ? 32 : 128)) return undefined;
  return subnetFromWords(w, v4 ? width + 96 : width);
}

/** The prefix length in 128-bit terms. */
function bits128(sn: SubnetValue): number {
  return addrIsV4(sn.prefix) ? sn.width + 96 : sn.width;
}

/**
 * `a in sn`: whether the subnet contains the address (IPv4 addresses are contained in
 * IPv4-mapped IPv6 prefixes such as `::ffff:0:0/96`).
 *
 * ## Example
 * ```ts
 * subnetContains({ prefix: '192.168.0.0', width: 16 }, '192.168.1.1'); // true
 * ```
 */
export function subnetContains(sn: SubnetValue, a: Addr): boolean {
  const pw = addrV4Value(sn.prefix);
  if (pw !== undefined) {
    const aw = addrV4Value(a);
    if (aw !== undefined) {
      if (sn.width === 0) return true;
      const mask = (0xffffffff << (32 - sn.width)) >>> 0;
      return ((aw & mask) >>> 0) === pw;
    }
  }
  const bits = bits128(sn);
  const m = maskWords(addrToWords(a), bits);
  const p = addrToWords(sn.prefix);
  return m[0] === p[0] && m[1] === p[1] && m[2] === p[2] && m[3] === p[3];
}

/**
 * Renders `PREFIX/LEN` (also the canonical key of a subnet).
 *
 * ## Example
 * ```ts
 * subnetToString({ prefix: 'fe80:1234::', width: 32 }); // 'fe80:1234::/32'
 * ```
 */
export function subnetToString(sn: SubnetValue): string {
  return `${sn.prefix}/${sn.width}`;
}

/**
 * The canonical key of a subnet (its text).
 *
 * ## Example
 * ```ts
 * subnetKey({ prefix: '10.0.0.0', width: 8 }); // '10.0.0.0/8'
 * ```
 */
export const subnetKey = subnetToString;

/**
 * `subnet == subnet`: same prefix and length.
 *
 * ## Example
 * ```ts
 * subnetEquals(makeSubnet('10.1.2.3', 8), makeSubnet('10.0.0.0', 8)); // true
 * ```
 */
export function subnetEquals(a: SubnetValue, b: SubnetValue): boolean {
  return a.prefix === b.prefix && a.width === b.width;
}

/**
 * `|sn|`: the number of addresses, a double.
 *
 * ## Example
 * ```ts
 * subnetSize({ prefix: '192.168.0.0', width: 24 }); // 256
 * ```
 */
export function subnetSize(sn: SubnetValue): number {
  return 2 ** ((addrIsV4(sn.prefix) ? 32 : 128) - sn.width);
}

/**
 * `mask_addr(a, bits)`: `a` masked to its top `bits` bits, as a subnet.
 *
 * ## Example
 * ```ts
 * subnetToString(maskAddr('255.255.255.255', 18)); // '255.255.192.0/18'
 * ```
 */
export function maskAddr(a: Addr, bits: number): SubnetValue {
  return makeSubnet(a, bits);
}
