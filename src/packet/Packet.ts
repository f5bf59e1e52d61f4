import type { EncapStack } from './Encapsulation';

/**
 * A decoded packet: plain numeric fields over the record's `Buffer` (no payload
 * copies). The decoder fills one reusable object per call, so the hot path
 * allocates nothing; a consumer that keeps a packet past the current step must
 * copy what it needs.
 */
export interface Packet {
  /** Timestamp of the record (seconds, µs resolution). */
  ts: number;
  /** Captured bytes of the frame (or of the reassembled datagram). */
  caplen: number;
  /** Wire length of the frame (or of the reassembled datagram). */
  len: number;
  /** The bytes everything below points into: the frame, or a reassembled datagram. */
  data: Buffer;

  /** Offsets of the destination and source MAC in `data`, or -1 when the link layer has none. */
  l2DstOff: number;
  l2SrcOff: number;
  /** Outer and inner 802.1Q VLAN ids, -1 when absent. */
  vlan: number;
  innerVlan: number;

  /** 4 or 6. */
  ipVersion: number;
  /** Offset of the IP header in `data`. */
  ipOff: number;
  /**
   * IPv4: IHL*4. IPv6: 40 plus the extension headers before the transport header; the
   * chain is `data[ipOff + 40, ipOff + ipHdrLen)` as the decoder accepted it, listed by
   * `ipv6ExtHeaders` (for `ip6_hdr$exts`, built only when a script asks).
   */
  ipHdrLen: number;
  /** IPv4: total length field. IPv6: 40 + payload length field (after reassembly: the datagram size). */
  ipTotalLen: number;
  ttl: number;
  /** IPv4 identification, IPv6 flow label for `flowLabel`. */
  ipId: number;
  flowLabel: number;
  /** IPv4 DF flag. */
  df: boolean;
  /** True when this packet is the result of fragment reassembly. */
  reassembled: boolean;

  /**
   * Effective source/destination addresses for connection purposes (IPv6 routing
   * and home-address options may replace the header's). `addrBuf` holds them at
   * `srcOff`/`dstOff`, 4 bytes for IPv4, 16 for IPv6.
   */
  addrBuf: Buffer;
  srcOff: number;
  dstOff: number;
  /** IPv4 only: the addresses as unsigned 32-bit numbers (cheap keys). */
  src4: number;
  dst4: number;

  /** Transport protocol number (6, 17, 1, 58, or anything else). */
  proto: number;
  /** Offset of the transport header in `data`. */
  l4Off: number;
  /** Transport length per the IP header (total length minus IP header). */
  l4Len: number;
  /** Transport bytes actually captured (<= l4Len). */
  l4Cap: number;

  /** TCP/UDP ports; ICMP type and code for ICMP (engine.md 1.11 decides the port mapping). */
  srcPort: number;
  dstPort: number;
  /** TCP fields (valid when proto == 6). */
  tcpFlags: number;
  seq: number;
  ack: number;
  window: number;
  /** TCP data offset * 4 (may be invalid: the connection layer checks it, engine.md 1.10). */
  tcpHdrLen: number;
  /** ICMP type/code (valid when proto is 1 or 58). */
  icmpType: number;
  icmpCode: number;
  /** Transport payload: offset in `data`, length per headers, and bytes captured. */
  payloadOff: number;
  payloadLen: number;
  payloadCap: number;

  /**
   * The tunnels this packet came through, outermost first (engine.md 1.14); null for a
   * packet read from the trace. Only the inner packets the decoder builds have one.
   */
  encap: EncapStack | null;
}

export const TCP_FIN = 0x01;
export const TCP_SYN = 0x02;
export const TCP_RST = 0x04;
export const TCP_PSH = 0x08;
export const TCP_ACK = 0x10;
export const TCP_URG = 0x20;
