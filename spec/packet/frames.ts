import { TraceRecord } from '../../src/input/TraceRecord';
import { foldSum, onesSum } from '../../src/packet/checksum';

// Hand-built frames for the packet specs. Every builder returns a fresh Buffer;
// checksums are computed unless a test asks for a wrong one.

export const MAC_DST = Buffer.from('001122334455', 'hex');
export const MAC_SRC = Buffer.from('66778899aabb', 'hex');

export function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n & 0xffff);
  return b;
}

export function eth(type: number, payload: Buffer): Buffer {
  return Buffer.concat([MAC_DST, MAC_SRC, u16(type), payload]);
}

/** One 802.1Q tag (TCI with PCP 0) followed by the inner EtherType. */
export function vlanTag(vid: number, type: number): Buffer {
  return Buffer.concat([u16(vid), u16(type)]);
}

export function ip4addr(s: string): Buffer {
  return Buffer.from(s.split('.').map(Number));
}

export function ip6addr(s: string): Buffer {
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return Buffer.concat(groups.map((g) => u16(parseInt(g, 16))));
}

export interface Ip4Opts {
  src?: string;
  dst?: string;
  proto?: number;
  id?: number;
  df?: boolean;
  mf?: boolean;
  fragOffset?: number; // bytes, multiple of 8
  ttl?: number;
  options?: Buffer;
  totalLen?: number; // override
  ihl?: number; // override (words)
  badChecksum?: boolean;
}

export function ipv4(payload: Buffer, o: Ip4Opts = {}): Buffer {
  const opts = o.options ?? Buffer.alloc(0);
  const hl = 20 + opts.length;
  const h = Buffer.alloc(20);
  h[0] = 0x40 | (o.ihl ?? hl / 4);
  h.writeUInt16BE(o.totalLen ?? hl + payload.length, 2);
  h.writeUInt16BE(o.id ?? 0x1234, 4);
  h.writeUInt16BE((o.df ? 0x4000 : 0) | (o.mf ? 0x2000 : 0) | ((o.fragOffset ?? 0) / 8), 6);
  h[8] = o.ttl ?? 64;
  h[9] = o.proto ?? 6;
  ip4addr(o.src ?? '10.0.0.1').copy(h, 12);
  ip4addr(o.dst ?? '10.0.0.2').copy(h, 16);
  const hdr = Buffer.concat([h, opts]);
  const sum = 0xffff - foldSum(onesSum(hdr, 0, hdr.length, 0));
  hdr.writeUInt16BE(o.badChecksum ? sum ^ 0x5555 : sum, 10);
  return Buffer.concat([hdr, payload]);
}

export interface Ip6Opts {
  src?: string;
  dst?: string;
  nh?: number;
  hopLimit?: number;
  flowLabel?: number;
  payloadLen?: number; // override
}

export function ipv6(payload: Buffer, o: Ip6Opts = {}): Buffer {
  const h = Buffer.alloc(40);
  h.writeUInt32BE(((6 << 28) | (o.flowLabel ?? 0)) >>> 0, 0);
  h.writeUInt16BE(o.payloadLen ?? payload.length, 4);
  h[6] = o.nh ?? 6;
  h[7] = o.hopLimit ?? 64;
  ip6addr(o.src ?? '2001:db8::1').copy(h, 8);
  ip6addr(o.dst ?? '2001:db8::2').copy(h, 24);
  return Buffer.concat([h, payload]);
}

/** An extension header: next header, then `body` padded to a multiple of 8 bytes (length field set). */
export function ext(nh: number, body: Buffer): Buffer {
  const len = Math.ceil((body.length + 2) / 8) * 8;
  const b = Buffer.alloc(len);
  b[0] = nh;
  b[1] = len / 8 - 1;
  body.copy(b, 2);
  return b;
}

export function fragHdr(nh: number, offset: number, more: boolean, id: number): Buffer {
  const b = Buffer.alloc(8);
  b[0] = nh;
  b.writeUInt16BE(offset | (more ? 1 : 0), 2);
  b.writeUInt32BE(id, 4);
  return b;
}

export interface TcpOpts {
  sport?: number;
  dport?: number;
  seq?: number;
  ack?: number;
  flags?: number;
  win?: number;
  dataOffset?: number; // words, override
  options?: Buffer;
}

export function tcp(payload: Buffer, o: TcpOpts = {}): Buffer {
  const opts = o.options ?? Buffer.alloc(0);
  const h = Buffer.alloc(20);
  h.writeUInt16BE(o.sport ?? 1234, 0);
  h.writeUInt16BE(o.dport ?? 80, 2);
  h.writeUInt32BE(o.seq ?? 1000, 4);
  h.writeUInt32BE(o.ack ?? 0, 8);
  h[12] = (o.dataOffset ?? (20 + opts.length) / 4) << 4;
  h[13] = o.flags ?? 0x02;
  h.writeUInt16BE(o.win ?? 8192, 14);
  return Buffer.concat([h, opts, payload]);
}

export function udp(payload: Buffer, sport = 5353, dport = 53, length?: number): Buffer {
  const h = Buffer.alloc(8);
  h.writeUInt16BE(sport, 0);
  h.writeUInt16BE(dport, 2);
  h.writeUInt16BE(length ?? 8 + payload.length, 4);
  return Buffer.concat([h, payload]);
}

export function icmp(type: number, code: number, payload: Buffer): Buffer {
  const h = Buffer.alloc(8);
  h[0] = type;
  h[1] = code;
  h.writeUInt16BE(0x0101, 4);
  const b = Buffer.concat([h, payload]);
  b.writeUInt16BE(0xffff - foldSum(onesSum(b, 0, b.length, 0)), 2);
  return b;
}

/** Sets the transport checksum of an IPv4 or IPv6 packet (TCP 16, UDP 6, ICMPv6 2 bytes into the header). */
export function withL4Checksum(ipPacket: Buffer): Buffer {
  const b = Buffer.from(ipPacket);
  const v6 = b[0] >> 4 === 6;
  const hl = v6 ? 40 : (b[0] & 0xf) * 4;
  const proto = v6 ? b[6] : b[9];
  const l4len = b.length - hl;
  const pos = proto === 6 ? 16 : proto === 17 ? 6 : 2;
  b.writeUInt16BE(0, hl + pos);
  let acc = 0;
  if (v6 || proto !== 1) {
    acc = v6 ? onesSum(b, 8, 32, 0) : onesSum(b, 12, 8, 0);
    acc += l4len + proto;
  }
  acc = onesSum(b, hl, l4len, acc);
  let sum = 0xffff - foldSum(acc);
  if (proto === 17 && sum === 0) sum = 0xffff;
  b.writeUInt16BE(sum, hl + pos);
  return b;
}

export function rec(data: Buffer, o: { ts?: number; len?: number; caplen?: number; linkType?: number } = {}): TraceRecord {
  const caplen = o.caplen ?? data.length;
  return {
    ts: o.ts ?? 1000,
    caplen,
    len: o.len ?? data.length,
    linkType: o.linkType ?? 1,
    data: data.subarray(0, caplen),
    offset: 24,
  };
}
