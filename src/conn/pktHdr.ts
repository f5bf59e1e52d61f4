import type { Packet } from '../packet/Packet';
import { addrToString } from '../packet/addrToString';
import { ipv6ExtHeaders } from '../packet/ipv6ExtHeaders';
import { normalizeIntegral } from '../runtime/numeric';
import { makePort, PORT_TCP, PORT_UDP } from '../runtime/port';
import type { PktHdr } from './events';

/**
 * The `pkt_hdr` record of `new_packet`, built only when that event is handled.
 *
 * ## Example
 * ```ts
 * buildPktHdr(pkt).ip?.len; // IPv4 total length
 * ```
 */
export function buildPktHdr(pkt: Packet): PktHdr {
  const d = pkt.data;
  const o = pkt.ipOff;
  const hdr: PktHdr = {};
  if (pkt.ipVersion === 4) {
    hdr.ip = {
      hl: pkt.ipHdrLen,
      tos: d[o + 1],
      len: pkt.ipTotalLen,
      id: pkt.ipId,
      ttl: pkt.ttl,
      p: pkt.proto,
      src: addrToString(pkt.addrBuf, pkt.srcOff, 4),
      dst: addrToString(pkt.addrBuf, pkt.dstOff, 4),
    };
  } else {
    hdr.ip6 = {
      class: ((d[o] & 0x0f) << 4) | (d[o + 1] >> 4),
      flow: pkt.flowLabel,
      len: pkt.ipTotalLen - 40,
      nxt: d[o + 6],
      hlim: pkt.ttl,
      // pkt_hdr shows the header's own addresses, not the effective ones routing/home-address options give.
      src: addrToString(d, o + 8, 16),
      dst: addrToString(d, o + 24, 16),
      exts: buildIp6Exts(pkt),
    };
  }
  if (pkt.proto === 6) {
    hdr.tcp = {
      sport: makePort(pkt.srcPort, PORT_TCP),
      dport: makePort(pkt.dstPort, PORT_TCP),
      seq: pkt.seq,
      ack: pkt.ack,
      hl: pkt.tcpHdrLen,
      dl: pkt.payloadLen,
      reserved: d[pkt.l4Off + 12] & 0x0f,
      flags: pkt.tcpFlags,
      win: pkt.window,
    };
  } else if (pkt.proto === 17) {
    hdr.udp = { sport: makePort(pkt.srcPort, PORT_UDP), dport: makePort(pkt.dstPort, PORT_UDP), ulen: d.readUInt16BE(pkt.l4Off + 4) };
  } else if (pkt.proto === 1 || pkt.proto === 58) {
    hdr.icmp = { icmp_type: pkt.icmpType };
  }
  return hdr;
}

// ### ip6_hdr$exts: Zeek's IPv6_Hdr_Chain::ToVal / IPv6_Hdr::ToVal (src/IP.cc), record types of init-bare.

/** `ip6_option`: one TLV option of a Hop-by-Hop, Destination Options or Mobility header. */
export interface Ip6Option {
  otype: number;
  len: number;
  /** Binary string (one char per byte). */
  data: string;
}

export interface Ip6Opts {
  nxt: number;
  len: number;
  options: Ip6Option[];
}

export interface Ip6Routing {
  nxt: number;
  len: number;
  rtype: number;
  segleft: number;
  data: string;
}

export interface Ip6Fragment {
  nxt: number;
  rsv1: number;
  offset: number;
  rsv2: number;
  more: boolean;
  id: number;
}

/** `seq` and `data` are unset when the header is only 8 bytes (payload length 0). */
export interface Ip6Ah {
  nxt: number;
  len: number;
  rsv: number;
  spi: number;
  seq?: number;
  data?: string;
}

export interface Ip6Esp {
  spi: number;
  seq: number;
}

/** `count` values above 2^53 are bigints (runtime convention). */
type Count = number | bigint;

export interface Ip6MobilityMsg {
  id: number;
  brr?: { rsv: number; options: Ip6Option[] };
  hoti?: { rsv: number; cookie: Count; options: Ip6Option[] };
  coti?: { rsv: number; cookie: Count; options: Ip6Option[] };
  hot?: { nonce_idx: number; cookie: Count; token: Count; options: Ip6Option[] };
  cot?: { nonce_idx: number; cookie: Count; token: Count; options: Ip6Option[] };
  bu?: { seq: number; a: boolean; h: boolean; l: boolean; k: boolean; life: number; options: Ip6Option[] };
  back?: { status: number; k: boolean; seq: number; life: number; options: Ip6Option[] };
  be?: { status: number; hoa: string; options: Ip6Option[] };
}

export interface Ip6Mobility {
  nxt: number;
  len: number;
  mh_type: number;
  rsv: number;
  chksum: number;
  msg: Ip6MobilityMsg;
}

/** `ip6_ext_hdr`: `id` is the header's protocol number; exactly the matching sub-record is set. */
export interface Ip6ExtHdr {
  id: number;
  hopopts?: Ip6Opts;
  dstopts?: Ip6Opts;
  routing?: Ip6Routing;
  fragment?: Ip6Fragment;
  ah?: Ip6Ah;
  esp?: Ip6Esp;
  mobility?: Ip6Mobility;
}

/**
 * `ip6_hdr$exts` of the packet the decoder just filled: one `ip6_ext_hdr` per
 * extension header in wire order; `[]` without any, and for a reassembled
 * datagram the rebuilt chain (the Fragment header is gone, as in Zeek's
 * core.ipv6-frag baseline). Fields as Zeek's `IPv6_Hdr::ToVal` fills them.
 *
 * ## Example
 * ```ts
 * buildIp6Exts(pkt); // [{ id: 0, hopopts: { nxt: 43, len: 0, options: [{ otype: 1, len: 4, data: '\0\0\0\0' }] } }, …]
 * ```
 */
export function buildIp6Exts(pkt: Packet): Ip6ExtHdr[] {
  const d = pkt.data;
  const out: Ip6ExtHdr[] = [];
  for (const h of ipv6ExtHeaders(pkt)) {
    const off = h.off;
    const len = h.len;
    switch (h.type) {
      case 0:
        out.push({ id: 0, hopopts: { nxt: d[off], len: d[off + 1], options: options(d, off + 2, len - 2) } });
        break;
      case 60:
        out.push({ id: 60, dstopts: { nxt: d[off], len: d[off + 1], options: options(d, off + 2, len - 2) } });
        break;
      case 43:
        out.push({
          id: 43,
          routing: { nxt: d[off], len: d[off + 1], rtype: d[off + 2], segleft: d[off + 3], data: bytes(d, off + 4, len - 4) },
        });
        break;
      case 44: {
        const fl = u16(d, off + 2);
        out.push({
          id: 44,
          fragment: { nxt: d[off], rsv1: d[off + 1], offset: (fl & 0xfff8) >> 3, rsv2: (fl & 0x0006) >> 1, more: (fl & 1) !== 0, id: u32(d, off + 4) },
        });
        break;
      }
      case 51: {
        const ah: Ip6Ah = { nxt: d[off], len: d[off + 1], rsv: u16(d, off + 2), spi: u32(d, off + 4) };
        if (len >= 12) {
          // Sequence number and ICV exist only when the payload length is non-zero.
          ah.seq = u32(d, off + 8);
          ah.data = bytes(d, off + 12, len - 12);
        }
        out.push({ id: 51, ah });
        break;
      }
      case 50:
        out.push({ id: 50, esp: { spi: u32(d, off), seq: u32(d, off + 4) } });
        break;
      case 135:
        out.push({ id: 135, mobility: mobility(d, off, len) });
        break;
    }
  }
  return out;
}

/**
 * Zeek's BuildOptionsVal: TLV options while at least two bytes remain; Pad1 (type
 * 0) is one byte with `len=0, data=""`; an option's data is taken at its stated
 * length even where that runs past the header (bounded by the captured bytes here).
 */
function options(d: Buffer, off: number, n: number): Ip6Option[] {
  const out: Ip6Option[] = [];
  while (n >= 2) {
    const otype = d[off];
    if (otype === 0) {
      out.push({ otype: 0, len: 0, data: '' });
      off += 1;
      n -= 1;
    } else {
      const olen = d[off + 1];
      out.push({ otype, len: olen, data: bytes(d, off + 2, olen) });
      off += 2 + olen;
      n -= 2 + olen;
    }
  }
  return out;
}

/** Mobility header (Zeek, with ENABLE_MOBILE_IPV6): fixed 6 bytes, then the message by MH type. */
function mobility(d: Buffer, off: number, len: number): Ip6Mobility {
  const type = d[off + 2];
  const msg: Ip6MobilityMsg = { id: type };
  const m = off + 6;
  const rest = (from: number) => options(d, from, off + len - from);
  switch (type) {
    case 0:
      msg.brr = { rsv: u16(d, m), options: rest(m + 2) };
      break;
    case 1:
      msg.hoti = { rsv: u16(d, m), cookie: u64(d, m + 2), options: rest(m + 10) };
      break;
    case 2:
      msg.coti = { rsv: u16(d, m), cookie: u64(d, m + 2), options: rest(m + 10) };
      break;
    case 3:
      msg.hot = { nonce_idx: u16(d, m), cookie: u64(d, m + 2), token: u64(d, m + 10), options: rest(m + 18) };
      break;
    case 4:
      msg.cot = { nonce_idx: u16(d, m), cookie: u64(d, m + 2), token: u64(d, m + 10), options: rest(m + 18) };
      break;
    case 5: {
      const f = u16(d, m + 2);
      msg.bu = {
        seq: u16(d, m),
        a: (f & 0x8000) !== 0,
        h: (f & 0x4000) !== 0,
        l: (f & 0x2000) !== 0,
        k: (f & 0x1000) !== 0,
        life: u16(d, m + 4),
        options: rest(m + 6),
      };
      break;
    }
    case 6:
      msg.back = { status: u8(d, m), k: (u8(d, m + 1) & 0x80) !== 0, seq: u16(d, m + 2), life: u16(d, m + 4), options: rest(m + 6) };
      break;
    case 7:
      msg.be = { status: u8(d, m), hoa: m + 18 <= d.length ? addrToString(d, m + 2, 16) : '::', options: rest(m + 18) };
      break;
    // Other types: Zeek reports weird unknown_mobility_type and leaves every message field unset.
  }
  return { nxt: d[off], len: d[off + 1], mh_type: type, rsv: d[off + 3], chksum: u16(d, off + 4), msg };
}

// Reads past the captured bytes (a message longer than its header claims) give 0 where Zeek reads beyond the header.
function u8(d: Buffer, o: number): number {
  return o < d.length ? d[o] : 0;
}

function u16(d: Buffer, o: number): number {
  return o + 2 <= d.length ? d.readUInt16BE(o) : 0;
}

function u32(d: Buffer, o: number): number {
  return o + 4 <= d.length ? d.readUInt32BE(o) : 0;
}

function u64(d: Buffer, o: number): Count {
  if (o + 8 > d.length) return 0;
  return normalizeIntegral(d.readBigUInt64BE(o));
}

function bytes(d: Buffer, o: number, n: number): string {
  const end = o + n < d.length ? o + n : d.length;
  return o < end ? d.toString('latin1', o, end) : '';
}
