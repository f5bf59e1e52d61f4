import { Packet } from './Packet';

/**
 * One's-complement sum (not yet folded) of `len` bytes of `buf` from `off`, added to `acc`.
 *
 * A JS number holds the unfolded sum exactly for any packet size (2^53 is far
 * away), so the fold happens once at the end instead of per word.
 *
 * ## Example
 * ```ts
 * foldSum(onesSum(buf, ipOff, 20, 0)) === 0xffff; // IPv4 header checksum ok
 * ```
 */
export function onesSum(buf: Buffer, off: number, len: number, acc: number): number {
  const end = off + (len & ~1);
  let i = off;
  for (; i < end; i += 2) acc += (buf[i] << 8) | buf[i + 1];
  if (len & 1) acc += buf[i] << 8;
  return acc;
}

/**
 * Folds a sum from `onesSum` into 16 bits; a correct checksum folds to `0xffff`.
 *
 * ## Example
 * ```ts
 * foldSum(0x1fffe); // 0xffff
 * ```
 */
export function foldSum(acc: number): number {
  while (acc > 0xffff) acc = (acc % 0x10000) + Math.floor(acc / 0x10000);
  return acc;
}

/** Sum of the pseudo-header (effective addresses, upper-layer length, protocol). */
function pseudoSum(pkt: Packet, proto: number): number {
  const alen = pkt.ipVersion === 4 ? 4 : 16;
  let acc = onesSum(pkt.addrBuf, pkt.srcOff, alen, 0);
  acc = onesSum(pkt.addrBuf, pkt.dstOff, alen, acc);
  const l = pkt.l4Len;
  return acc + (l >>> 16) + (l & 0xffff) + proto;
}

function fullyCaptured(pkt: Packet): boolean {
  return pkt.l4Cap >= pkt.l4Len;
}

/**
 * Whether a decoded TCP segment's checksum is right (pseudo-header + header +
 * payload). A segment cut by the snaplen is not verifiable and counts as right
 * (engine.md 1.10); the connection layer calls this after its lookup.
 *
 * ## Example
 * ```ts
 * if (!ignoreChecksums && !tcpChecksumOk(pkt)) conn.weird('bad_TCP_checksum');
 * ```
 */
export function tcpChecksumOk(pkt: Packet): boolean {
  if (!fullyCaptured(pkt)) return true;
  return foldSum(onesSum(pkt.data, pkt.l4Off, pkt.l4Len, pseudoSum(pkt, 6))) === 0xffff;
}

/**
 * Whether a decoded UDP datagram's checksum is right. Not verifiable (counts as
 * right) when cut by the snaplen. A zero checksum means "none" over IPv4; over
 * IPv6 it is mandatory, except on the VXLAN port 4789 (engine.md 1.10).
 *
 * ## Example
 * ```ts
 * if (!udpChecksumOk(pkt)) conn.weird('bad_UDP_checksum');
 * ```
 */
export function udpChecksumOk(pkt: Packet): boolean {
  if (!fullyCaptured(pkt)) return true;
  const d = pkt.data;
  const field = (d[pkt.l4Off + 6] << 8) | d[pkt.l4Off + 7];
  if (field === 0) {
    return pkt.ipVersion === 4 || pkt.srcPort === 4789 || pkt.dstPort === 4789;
  }
  return foldSum(onesSum(d, pkt.l4Off, pkt.l4Len, pseudoSum(pkt, 17))) === 0xffff;
}

/**
 * Whether a decoded ICMP (no pseudo-header) or ICMPv6 (pseudo-header, protocol
 * 58) message's checksum is right; not verifiable (counts as right) when cut by
 * the snaplen.
 *
 * ## Example
 * ```ts
 * if (!icmpChecksumOk(pkt)) conn.weird('bad_ICMP_checksum');
 * ```
 */
export function icmpChecksumOk(pkt: Packet): boolean {
  if (!fullyCaptured(pkt)) return true;
  const init = pkt.proto === 58 ? pseudoSum(pkt, 58) : 0;
  return foldSum(onesSum(pkt.data, pkt.l4Off, pkt.l4Len, init)) === 0xffff;
}
