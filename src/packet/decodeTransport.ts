import { DecodeContext } from './DecodeContext';
import { flowWeird } from './reportWeird';
import { decodeIpTunnel } from './tunnelDecoding';

/**
 * Fills the transport fields of `ctx.pkt` for the transport header at `l4Off`
 * with `l4Len` bytes per the IP header (engine.md 1.10). Returns false, after the
 * flow weird `truncated_header` or `internally_truncated_header`, when the
 * minimal TCP (20), UDP (8) or ICMP (8) header is not there. Other protocols get
 * ports 0 and their whole transport part as payload.
 *
 * The TCP data offset and the checksums are left to the connection layer, which
 * checks them after its lookup.
 *
 * ## Example
 * ```ts
 * if (!decodeTransport(ctx, ipOff + hdrLen, totalLen - hdrLen)) return null;
 * ```
 */
export function decodeTransport(ctx: DecodeContext, l4Off: number, l4Len: number): boolean {
  const p = ctx.pkt;
  const d = p.data;
  let cap = p.caplen - l4Off;
  if (cap > l4Len) cap = l4Len;
  if (cap < 0) cap = 0;
  p.l4Off = l4Off;
  p.l4Len = l4Len;
  p.l4Cap = cap;
  const proto = p.proto;
  let min: number;
  let source: string;
  if (proto === 6) {
    min = 20;
    source = 'TCP';
  } else if (proto === 17) {
    min = 8;
    source = 'UDP';
  } else if (proto === 1 || proto === 58) {
    min = 8;
    source = 'ICMP';
  } else {
    p.payloadOff = l4Off;
    p.payloadLen = l4Len;
    p.payloadCap = cap;
    // IP-in-IP and GRE (engine.md 1.14): the inner packet, when tunnels are decoded.
    if ((proto === 4 || proto === 41 || proto === 47) && ctx.tunnels !== null) return decodeIpTunnel(ctx);
    return true;
  }
  if (l4Len !== 0 && l4Len < min) {
    flowWeird(ctx, 'truncated_header', source);
    return false;
  }
  if (cap < min) {
    flowWeird(ctx, 'internally_truncated_header', source);
    return false;
  }
  if (proto === 6) {
    p.srcPort = (d[l4Off] << 8) | d[l4Off + 1];
    p.dstPort = (d[l4Off + 2] << 8) | d[l4Off + 3];
    p.seq = ((d[l4Off + 4] << 24) | (d[l4Off + 5] << 16) | (d[l4Off + 6] << 8) | d[l4Off + 7]) >>> 0;
    p.ack = ((d[l4Off + 8] << 24) | (d[l4Off + 9] << 16) | (d[l4Off + 10] << 8) | d[l4Off + 11]) >>> 0;
    const hl = (d[l4Off + 12] >> 4) * 4;
    p.tcpHdrLen = hl;
    p.tcpFlags = d[l4Off + 13];
    p.window = (d[l4Off + 14] << 8) | d[l4Off + 15];
    // An invalid data offset leaves an empty payload; the connection layer reports it.
    const plen = l4Len - hl;
    const pcap = cap - hl;
    p.payloadOff = l4Off + hl;
    p.payloadLen = plen > 0 ? plen : 0;
    p.payloadCap = pcap > 0 ? pcap : 0;
    return true;
  }
  p.payloadOff = l4Off + 8;
  p.payloadLen = l4Len - 8 > 0 ? l4Len - 8 : 0;
  p.payloadCap = cap - 8;
  if (proto === 17) {
    p.srcPort = (d[l4Off] << 8) | d[l4Off + 1];
    p.dstPort = (d[l4Off + 2] << 8) | d[l4Off + 3];
  } else {
    // ICMP: type and code; the connection layer maps them to ports (engine.md 1.11).
    p.icmpType = d[l4Off];
    p.icmpCode = d[l4Off + 1];
    p.srcPort = p.icmpType;
    p.dstPort = p.icmpCode;
  }
  return true;
}
