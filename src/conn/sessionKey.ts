import type { Packet } from '../packet/Packet';

/**
 * The key fields of a session (engine.md 2.1): endpoint A and B in canonical
 * order (A is the smaller (address, port), compared as 16-byte addresses with
 * IPv4 mapped, then ports), except for one-way ICMP types, whose key keeps the
 * packet's direction. IPv4 addresses are kept as signed 32-bit numbers (`a4 >>> 0`
 * is the unsigned address), IPv6 ones as 32 bytes
 * copied once per session, so a lookup builds no string.
 */
export interface SessionKey {
  hash: number;
  v6: boolean;
  a4: number;
  b4: number;
  /** IPv6: A at 0..15, B at 16..31 (empty for IPv4). */
  a6b6: Buffer;
  pa: number;
  pb: number;
  proto: number;
}

/**
 * Scratch result of `probeKey`: the key of the current packet and whether its
 * source is endpoint A. One object per tracker, reused for every packet.
 */
export interface KeyProbe {
  hash: number;
  v6: boolean;
  a4: number;
  b4: number;
  pa: number;
  pb: number;
  proto: number;
  srcIsA: boolean;
  /** IPv6: offsets of A and B in the packet's `addrBuf`. */
  aOff: number;
  bOff: number;
}

/**
 * A fresh scratch probe.
 *
 * ## Example
 * ```ts
 * const probe = createProbe();
 * ```
 */
export function createProbe(): KeyProbe {
  return { hash: 0, v6: false, a4: 0, b4: 0, pa: 0, pb: 0, proto: 0, srcIsA: true, aOff: 0, bOff: 0 };
}

function mix(h: number, v: number): number {
  h ^= v;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function cmp6(buf: Buffer, x: number, y: number): number {
  for (let i = 0; i < 16; i++) {
    const d = buf[x + i] - buf[y + i];
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Fills `probe` with the key of `pkt` for ports `sp`/`dp` (ICMP: type and
 * counterpart/code). `oneWay` keeps the packet direction (one-way ICMP).
 *
 * ## Example
 * ```ts
 * probeKey(probe, pkt, pkt.srcPort, pkt.dstPort, false); probe.srcIsA; // true if src is the smaller endpoint
 * ```
 */
export function probeKey(probe: KeyProbe, pkt: Packet, sp: number, dp: number, oneWay: boolean): void {
  const v6 = pkt.ipVersion === 6;
  probe.v6 = v6;
  probe.proto = pkt.proto;
  let srcFirst: boolean;
  if (oneWay) srcFirst = true;
  else if (!v6) {
    const s = pkt.src4 >>> 0;
    const d = pkt.dst4 >>> 0;
    srcFirst = s < d || (s === d && sp <= dp);
  } else {
    const c = cmp6(pkt.addrBuf, pkt.srcOff, pkt.dstOff);
    srcFirst = c < 0 || (c === 0 && sp <= dp);
  }
  probe.srcIsA = srcFirst;
  probe.pa = srcFirst ? sp : dp;
  probe.pb = srcFirst ? dp : sp;
  let h = mix(0x9747b28c, (probe.pa << 16) | probe.pb);
  h = mix(h, probe.proto);
  if (!v6) {
    // Stored signed (`| 0`): a small integer in every object field, where an
    // unsigned address above 127.255.255.255 would be a boxed heap number read
    // on every key comparison.
    probe.a4 = (srcFirst ? pkt.src4 : pkt.dst4) | 0;
    probe.b4 = (srcFirst ? pkt.dst4 : pkt.src4) | 0;
    h = mix(h, probe.a4);
    h = mix(h, probe.b4);
  } else {
    probe.aOff = srcFirst ? pkt.srcOff : pkt.dstOff;
    probe.bOff = srcFirst ? pkt.dstOff : pkt.srcOff;
    const buf = pkt.addrBuf;
    for (let i = 0; i < 16; i += 4) h = mix(h, buf.readUInt32BE(probe.aOff + i));
    for (let i = 0; i < 16; i += 4) h = mix(h, buf.readUInt32BE(probe.bOff + i));
  }
  // 30 bits: a small integer (Smi) even with pointer compression, so Map lookups neither box nor rehash it.
  probe.hash = h & 0x3fffffff;
}

/**
 * Whether a stored key equals the probed one.
 *
 * ## Example
 * ```ts
 * if (keyMatches(conn.key, probe, pkt.addrBuf)) return conn;
 * ```
 */
export function keyMatches(k: SessionKey, probe: KeyProbe, addrBuf: Buffer): boolean {
  if (k.hash !== probe.hash || k.pa !== probe.pa || k.pb !== probe.pb || k.proto !== probe.proto || k.v6 !== probe.v6) {
    return false;
  }
  if (!k.v6) return k.a4 === probe.a4 && k.b4 === probe.b4;
  return sameBytes16(k.a6b6, 0, addrBuf, probe.aOff) && sameBytes16(k.a6b6, 16, addrBuf, probe.bOff);
}

/**
 * Whether 16 bytes at `x[xOff]` and `y[yOff]` are equal. A plain loop rather
 * than `Buffer.compare`: that is a call into C++ per address (two per IPv6
 * packet), which cost more than the comparison itself (`compareOffset` was
 * about 1% of the conn bench profile with 9% IPv6 connections).
 */
function sameBytes16(x: Buffer, xOff: number, y: Buffer, yOff: number): boolean {
  for (let i = 0; i < 16; i++) if (x[xOff + i] !== y[yOff + i]) return false;
  return true;
}

/** The (shared, empty) address buffer of IPv4 keys. */
export const NO_ADDR = Buffer.alloc(0);

/**
 * The IPv6 addresses of the probed key, copied once per session (IPv4 keys
 * need none). The session stores the key fields directly, saving an object
 * per connection.
 *
 * ## Example
 * ```ts
 * const s = { hash: probe.hash, ..., a6b6: keyAddresses(probe, pkt.addrBuf) };
 * ```
 */
export function keyAddresses(probe: KeyProbe, addrBuf: Buffer): Buffer {
  if (!probe.v6) return NO_ADDR;
  const a6b6 = Buffer.allocUnsafe(32);
  addrBuf.copy(a6b6, 0, probe.aOff, probe.aOff + 16);
  addrBuf.copy(a6b6, 16, probe.bOff, probe.bOff + 16);
  return a6b6;
}

/**
 * The key as Zeek's session-key bytes, for the deterministic end-of-trace flush
 * order (engine.md 3.6): ip1 | ip2 (16 bytes each, IPv4 mapped) | port1 | port2
 * (network order) | proto (little-endian).
 *
 * ## Example
 * ```ts
 * conns.sort((x, y) => Buffer.compare(keyBytes(x.key), keyBytes(y.key)));
 * ```
 */
export function keyBytes(k: SessionKey): Buffer {
  const out = Buffer.alloc(38);
  if (k.v6) k.a6b6.copy(out, 0, 0, 32);
  else {
    out[10] = 0xff;
    out[11] = 0xff;
    out.writeUInt32BE(k.a4 >>> 0, 12);
    out[26] = 0xff;
    out[27] = 0xff;
    out.writeUInt32BE(k.b4 >>> 0, 28);
  }
  out.writeUInt16BE(k.pa, 32);
  out.writeUInt16BE(k.pb, 34);
  out.writeUInt16LE(k.proto, 36);
  return out;
}
