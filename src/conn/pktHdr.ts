import type { Packet } from '../packet/Packet';
import { addrToString } from '../packet/addrToString';
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
