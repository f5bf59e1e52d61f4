/**
 * Packet decoding (engine.md section 1): `createDecoder` turns `TraceRecord`s
 * into one reusable `Packet` of numeric offsets, reporting malformed input as
 * weirds with Zeek's names.
 *
 * What the next layer must know:
 * - The returned `Packet` is overwritten by the next `decode` call; copy what you keep.
 * - Addresses: `addrBuf` at `srcOff`/`dstOff` are the *effective* addresses (IPv6
 *   Home Address option / routing header final destination). The literal IPv6
 *   header addresses stay at `data[ipOff + 8]` and `data[ipOff + 24]`.
 * - ICMP: `srcPort`/`dstPort` are the raw type/code; the counterpart mapping of
 *   1.11 belongs to the connection layer.
 * - IPv6 extension headers: `ipv6ExtHeaders(pkt)` lists the chain (type, offset,
 *   length) between the fixed header and the transport; `hasIpv6ExtHeaders(pkt)` tells
 *   whether there is one without allocating.
 * - Reassembled datagrams: `reassembled` is true and `data` is a new buffer: the
 *   completing fragment's link header, then the rebuilt IP datagram, so `ipOff`,
 *   `l2SrcOff`, `l2DstOff` keep their meaning; `caplen == len == data.length`.
 * - Tunnels (engine.md 1.14, docs/tunnels.md), with the `tunnels` option: IP-in-IP and GRE
 *   packets come back as their inner packet (a `Packet` per nesting level, `encap` = the
 *   tunnels outermost first, `data` a view of the outer bytes); UDP tunnel payloads are decoded
 *   on request (`decodeUdpTunnel`). Weirds of inner packets end in `_in_tunnel`.
 * - Not checked here (done after the connection lookup, 1.10): TCP data offset
 *   (`tcpHdrLen`) and transport checksums (`tcpChecksumOk`, `udpChecksumOk`,
 *   `icmpChecksumOk`; they do not look at `-C`, the caller does). When the TCP data
 *   offset is invalid, `payloadLen`/`payloadCap` are 0.
 */
export * from './Packet';
export * from './Weird';
export { createDecoder } from './createDecoder';
export type { Decoder, DecoderOptions } from './createDecoder';
export type { UnknownProtocolSink } from './DecodeContext';
export { createPacket } from './createPacket';
export { tcpChecksumOk, udpChecksumOk, icmpChecksumOk, onesSum, foldSum } from './checksum';
export { addrToString } from './addrToString';
export { macToString } from './macToString';
export { isSupportedLinkType, linkTypeName } from './linkTypes';
export { ipv6ExtHeaders, hasIpv6ExtHeaders } from './ipv6ExtHeaders';
export type { Ipv6ExtHeader } from './ipv6ExtHeaders';
export * from './Encapsulation';
export { UDP_TUNNEL_VXLAN, UDP_TUNNEL_GENEVE, UDP_TUNNEL_TEREDO, UDP_TUNNEL_AYIYA, UDP_TUNNEL_GTPV1 } from './tunnelDecoding';
export type { TunnelDecodeOptions, UdpTunnelOutcome } from './tunnelDecoding';
export { detectUdpTunnel } from './tunnelDecoding';
