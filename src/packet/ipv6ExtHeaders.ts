import type { Packet } from './Packet';
import { ipv6ExtLength } from './walkIpv6Chain';

/** One IPv6 extension header of a decoded packet: its protocol number and where it lies in `pkt.data`. */
export interface Ipv6ExtHeader {
  /** 0 Hop-by-Hop, 43 Routing, 44 Fragment, 50 ESP, 51 AH, 60 Destination Options, 135 Mobility. */
  type: number;
  off: number;
  len: number;
}

/**
 * True when the IPv6 packet the decoder just filled has extension headers
 * (what `ipv6_ext_headers` is raised for, engine.md 1.8). Allocates nothing.
 */
export function hasIpv6ExtHeaders(pkt: Packet): boolean {
  return pkt.ipVersion === 6 && pkt.ipHdrLen > 40;
}

/**
 * The extension headers between the fixed IPv6 header and the transport of the
 * packet the decoder just filled, in wire order (Zeek's `IPv6_Hdr_Chain` without
 * its first element). A reassembled datagram has the rebuilt chain: its
 * unfragmentable headers, the Fragment header gone (engine.md 1.9).
 *
 * The decoder's walk leaves the chain's extent in `ipHdrLen` (40 + the headers it
 * accepted); each header's type is the previous header's Next Header byte, so the
 * chain is re-read here from the bytes instead of being recorded on the hot path.
 * For `pkt_hdr` building only: allocates. Empty for IPv4.
 *
 * ## Example
 * ```ts
 * ipv6ExtHeaders(pkt); // [{ type: 0, off: 54, len: 8 }, { type: 43, off: 62, len: 40 }]
 * ```
 */
export function ipv6ExtHeaders(pkt: Packet): Ipv6ExtHeader[] {
  const out: Ipv6ExtHeader[] = [];
  if (pkt.ipVersion !== 6) return out;
  const d = pkt.data;
  const end = pkt.ipOff + pkt.ipHdrLen;
  let type = d[pkt.ipOff + 6];
  let off = pkt.ipOff + 40;
  while (off < end) {
    const len = ipv6ExtLength(d, off, type);
    out.push({ type, off, len });
    type = d[off];
    off += len;
  }
  return out;
}
