import type { Packet } from '../packet/Packet';
import { addrToString } from '../packet/addrToString';
import { makePort, PORT_ICMP, PORT_TCP, PORT_UDP, PORT_UNKNOWN } from '../runtime/port';
import type { IcmpContext, IcmpInfo } from './events';

const V4_PAIRS: readonly (readonly [number, number])[] = [[8, 0], [13, 14], [15, 16], [10, 9], [17, 18]];
const V6_PAIRS: readonly (readonly [number, number])[] = [[128, 129], [133, 134], [135, 136], [130, 131], [139, 140], [144, 145]];

const V4_COUNTERPART = new Int16Array(256).fill(-1);
const V6_COUNTERPART = new Int16Array(256).fill(-1);
for (const [a, b] of V4_PAIRS) {
  V4_COUNTERPART[a] = b;
  V4_COUNTERPART[b] = a;
}
for (const [a, b] of V6_PAIRS) {
  V6_COUNTERPART[a] = b;
  V6_COUNTERPART[b] = a;
}

/**
 * The "counterpart" ICMP type of a request/reply type, or -1 for one-way types
 * (engine.md 1.11).
 *
 * ## Example
 * ```ts
 * icmpCounterpart(8, false); // 0
 * icmpCounterpart(3, false); // -1 (one-way: resp_p is the code)
 * ```
 */
export function icmpCounterpart(type: number, v6: boolean): number {
  return (v6 ? V6_COUNTERPART : V4_COUNTERPART)[type & 0xff];
}

/**
 * The `icmp_info` record of an ICMP packet.
 *
 * ## Example
 * ```ts
 * icmpInfo(pkt); // { v6: false, itype: 8, icode: 0, len: 56, ttl: 64 }
 * ```
 */
export function icmpInfo(pkt: Packet): IcmpInfo {
  return {
    v6: pkt.ipVersion === 6,
    itype: pkt.icmpType,
    icode: pkt.icmpCode,
    len: Math.max(0, pkt.l4Len - 8),
    ttl: pkt.ttl,
  };
}

function transportCount(proto: number): number {
  if (proto === 6) return 1;
  if (proto === 17) return 2;
  if (proto === 1 || proto === 58) return 3;
  return 0;
}

function portBits(proto: number): number {
  if (proto === 6) return PORT_TCP;
  if (proto === 17) return PORT_UDP;
  if (proto === 1 || proto === 58) return PORT_ICMP;
  return PORT_UNKNOWN;
}

function ipv4HeaderChecksumOk(d: Buffer, off: number, hl: number): boolean {
  let sum = 0;
  for (let i = 0; i < hl; i += 2) sum += (d[off + i] << 8) | d[off + i + 1];
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return sum === 0xffff;
}

/**
 * The `icmp_context` of an ICMP error: the quoted packet after the 8-byte ICMP
 * header (engine.md 1.11). The embedded `conn_id$proto` is 1 (ICMP) or 58
 * (ICMPv6) whatever the embedded protocol, as Zeek does.
 *
 * ## Example
 * ```ts
 * icmpContext(pkt).id.orig_p; // 53/udp for a quoted DNS datagram
 * ```
 */
export function icmpContext(pkt: Packet): IcmpContext {
  const v6 = pkt.ipVersion === 6;
  const d = pkt.data;
  const off = pkt.l4Off + 8;
  const cap = Math.max(0, Math.min(pkt.l4Cap - 8, d.length - off));
  const ctx: IcmpContext = {
    id: { orig_h: v6 ? '::' : '0.0.0.0', orig_p: 0, resp_h: v6 ? '::' : '0.0.0.0', resp_p: 0, proto: v6 ? 58 : 1, ctx: {} },
    len: 0,
    proto: 0,
    frag_offset: 0,
    bad_hdr_len: true,
    bad_checksum: false,
    MF: false,
    DF: false,
  };
  let hl: number;
  let proto: number;
  if (!v6) {
    if (cap < 20) return ctx;
    hl = (d[off] & 0x0f) * 4;
    if (hl < 20 || cap < hl) return ctx;
    proto = d[off + 9];
    ctx.len = d.readUInt16BE(off + 2);
    const frag = d.readUInt16BE(off + 6);
    ctx.frag_offset = (frag & 0x1fff) * 8;
    ctx.MF = (frag & 0x2000) !== 0;
    ctx.DF = (frag & 0x4000) !== 0;
    ctx.bad_checksum = !ipv4HeaderChecksumOk(d, off, hl);
    ctx.id.orig_h = addrToString(d, off + 12, 4);
    ctx.id.resp_h = addrToString(d, off + 16, 4);
  } else {
    if (cap < 40) return ctx;
    hl = 40;
    proto = d[off + 6];
    ctx.len = d.readUInt16BE(off + 4) + 40;
    ctx.id.orig_h = addrToString(d, off + 8, 16);
    ctx.id.resp_h = addrToString(d, off + 24, 16);
  }
  ctx.proto = transportCount(proto);
  const bits = portBits(proto);
  if (cap < hl + 4) return ctx;
  ctx.bad_hdr_len = false;
  const t = off + hl;
  if (proto === 1 || proto === 58) {
    const type = d[t];
    const cp = icmpCounterpart(type, proto === 58);
    ctx.id.orig_p = makePort(type, bits);
    ctx.id.resp_p = makePort(cp >= 0 ? cp : d[t + 1], bits);
  } else if (proto === 6 || proto === 17) {
    ctx.id.orig_p = makePort(d.readUInt16BE(t), bits);
    ctx.id.resp_p = makePort(d.readUInt16BE(t + 2), bits);
  }
  return ctx;
}
