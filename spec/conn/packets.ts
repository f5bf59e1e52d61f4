import { createPacket } from '../../src/packet/createPacket';
import type { Packet } from '../../src/packet/Packet';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../../src/packet/Packet';

export { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN };

function ip4(a: string): number {
  return a.split('.').reduce((x, o) => x * 256 + Number(o), 0);
}

/** A hand-made IPv4 packet: real header bytes (checksums left zero; run with ignoreChecksums). */
export function ipv4Packet(o: {
  ts: number;
  src: string;
  dst: string;
  proto: number;
  l4: Buffer;
  payloadOffInL4: number;
}): Packet {
  const p = createPacket();
  const total = 20 + o.l4.length;
  const d = Buffer.alloc(total);
  d[0] = 0x45;
  d.writeUInt16BE(total, 2);
  d[8] = 64;
  d[9] = o.proto;
  d.writeUInt32BE(ip4(o.src), 12);
  d.writeUInt32BE(ip4(o.dst), 16);
  o.l4.copy(d, 20);
  p.ts = o.ts;
  p.caplen = p.len = total;
  p.data = d;
  p.ipVersion = 4;
  p.ipOff = 0;
  p.ipHdrLen = 20;
  p.ipTotalLen = total;
  p.ttl = 64;
  p.addrBuf = d;
  p.srcOff = 12;
  p.dstOff = 16;
  p.src4 = ip4(o.src);
  p.dst4 = ip4(o.dst);
  p.proto = o.proto;
  p.l4Off = 20;
  p.l4Len = p.l4Cap = o.l4.length;
  p.payloadOff = 20 + o.payloadOffInL4;
  p.payloadLen = p.payloadCap = o.l4.length - o.payloadOffInL4;
  return p;
}

/** A TCP segment `src:sport -> dst:dport` with `flags`, `seq`, `ack` and `len` payload bytes ('x'). */
export function tcp(
  ts: number,
  from: string,
  to: string,
  flags: number,
  seq: number,
  ack: number,
  len = 0,
  window = 8192,
): Packet {
  const [src, sport] = from.split(':');
  const [dst, dport] = to.split(':');
  const l4 = Buffer.alloc(20 + len, 'x'.charCodeAt(0));
  l4.writeUInt16BE(Number(sport), 0);
  l4.writeUInt16BE(Number(dport), 2);
  l4.writeUInt32BE(seq >>> 0, 4);
  l4.writeUInt32BE(ack >>> 0, 8);
  l4[12] = 5 << 4;
  l4[13] = flags;
  l4.writeUInt16BE(window, 14);
  l4.writeUInt16BE(0, 16);
  const p = ipv4Packet({ ts, src, dst, proto: 6, l4, payloadOffInL4: 20 });
  p.srcPort = Number(sport);
  p.dstPort = Number(dport);
  p.tcpFlags = flags;
  p.seq = seq >>> 0;
  p.ack = ack >>> 0;
  p.window = window;
  p.tcpHdrLen = 20;
  return p;
}

/** A UDP datagram with `len` payload bytes. */
export function udp(ts: number, from: string, to: string, len = 10): Packet {
  const [src, sport] = from.split(':');
  const [dst, dport] = to.split(':');
  const l4 = Buffer.alloc(8 + len, 0x41);
  l4.writeUInt16BE(Number(sport), 0);
  l4.writeUInt16BE(Number(dport), 2);
  l4.writeUInt16BE(8 + len, 4);
  l4.writeUInt16BE(0, 6);
  const p = ipv4Packet({ ts, src, dst, proto: 17, l4, payloadOffInL4: 8 });
  p.srcPort = Number(sport);
  p.dstPort = Number(dport);
  return p;
}

/** An ICMP message of `type`/`code` with `len` payload bytes after the 8-byte header. */
export function icmp(ts: number, src: string, dst: string, type: number, code: number, len = 8): Packet {
  const l4 = Buffer.alloc(8 + len, 0);
  l4[0] = type;
  l4[1] = code;
  const p = ipv4Packet({ ts, src, dst, proto: 1, l4, payloadOffInL4: 8 });
  p.icmpType = p.srcPort = type;
  p.icmpCode = p.dstPort = code;
  return p;
}
