/**
 * Text of addresses and MACs for connection records, cached: the same hosts and
 * gateways appear in many connections, so their strings are built once.
 */
const v4Cache = new Map<number, string>();

/**
 * Dotted-quad text of an IPv4 address given as an unsigned 32-bit number.
 *
 * ## Example
 * ```ts
 * ipv4Text(0x0a000001); // "10.0.0.1"
 * ```
 */
export function ipv4Text(a: number): string {
  a = a >>> 0;
  let s = v4Cache.get(a);
  if (s === undefined) {
    if (v4Cache.size >= 65536) v4Cache.clear();
    s = `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
    v4Cache.set(a, s);
  }
  return s;
}

/**
 * A MAC address at `off` in `d` as a 48-bit number, or -1 when all zero
 * (Zeek leaves `l2_addr` unset then).
 *
 * ## Example
 * ```ts
 * macNumber(pkt.data, pkt.l2SrcOff); // 0x001122334455
 * ```
 */
export function macNumber(d: Buffer, off: number): number {
  const v = (d[off] * 0x10000 + ((d[off + 1] << 8) | d[off + 2])) * 0x1000000 + ((d[off + 3] << 16) | (d[off + 4] << 8) | d[off + 5]);
  return v === 0 ? -1 : v;
}

const macCache = new Map<number, string>();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * `xx:xx:xx:xx:xx:xx` (lower-case hex) of a MAC given as a 48-bit number.
 *
 * ## Example
 * ```ts
 * macText(0x001122334455); // "00:11:22:33:44:55"
 * ```
 */
export function macText(v: number): string {
  let s = macCache.get(v);
  if (s === undefined) {
    if (macCache.size >= 4096) macCache.clear();
    const hi = Math.floor(v / 0x1000000);
    const lo = v - hi * 0x1000000;
    s = `${HEX[hi >>> 16]}:${HEX[(hi >>> 8) & 255]}:${HEX[hi & 255]}:${HEX[lo >>> 16]}:${HEX[(lo >>> 8) & 255]}:${HEX[lo & 255]}`;
    macCache.set(v, s);
  }
  return s;
}
