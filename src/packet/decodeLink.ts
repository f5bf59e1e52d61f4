import { DecodeContext } from './DecodeContext';
import { netWeird, unknownProtocol } from './reportWeird';

// Link-layer analyzers (engine.md 1.4–1.6). Each returns the offset of the IP
// header in the frame, or -1 when the packet stops here (a weird was reported,
// an unknown protocol was announced, or the protocol is out of scope like ARP).

/** Zeek's `PacketAnalyzer::max_depth`. */
const MAX_DEPTH = 25;

/**
 * Runs the link-layer analyzer for `linkType` over the frame in `ctx.pkt.data`,
 * recording MAC offsets and VLAN ids in `ctx.pkt`.
 *
 * Link types Zeek does not register (raw IP 101/12/14/228/229 and anything
 * unknown) start directly with the IP header, as in Zeek.
 *
 * ## Example
 * ```ts
 * const ipOff = decodeLink(ctx, 1); // 14 for plain Ethernet II carrying IP
 * ```
 */
export function decodeLink(ctx: DecodeContext, linkType: number): number {
  ctx.depth = 0;
  ctx.vlanTags = 0;
  switch (linkType) {
    case 1:
      return ethernet(ctx);
    case 113:
      return linuxSll(ctx);
    case 276:
      return linuxSll2(ctx);
    case 0:
      return nullLink(ctx);
    case 108:
      return loopLink(ctx);
    case 9:
      return ppp(ctx);
    default:
      return 0;
  }
}

/** Counts one more analyzer; false (after the weird) past Zeek's nesting limit. */
function enter(ctx: DecodeContext, from: string): boolean {
  if (++ctx.depth > MAX_DEPTH) {
    netWeird(ctx, 'max_packet_analyzer_depth_exceeded', from);
    return false;
  }
  return true;
}

function ethernet(ctx: DecodeContext): number {
  const p = ctx.pkt;
  const d = p.data;
  const cap = p.caplen;
  ctx.depth = 1;
  if (cap <= 16) {
    netWeird(ctx, 'truncated_ethernet_frame', 'ETHERNET');
    return -1;
  }
  let off = 0;
  let type = (d[12] << 8) | d[13];
  if (type === 0x8903) {
    // Cisco FabricPath: a 16-byte outer header, then a regular Ethernet header.
    if (cap <= 30) {
      netWeird(ctx, 'truncated_link_header_cfp', 'ETHERNET');
      return -1;
    }
    off = 16;
    type = (d[28] << 8) | d[29];
  }
  p.l2DstOff = off;
  p.l2SrcOff = off + 6;
  if (type >= 1536) return etherDispatch(ctx, off + 14, type, 'ETHERNET', true);
  if (type <= 1500) {
    // IEEE 802.3 length: LLC/SNAP/Novell payloads, out of scope (engine.md 1.5).
    unknownProtocol(ctx, 'ETHERNET', type);
    return -1;
  }
  netWeird(ctx, 'undefined_ether_type', 'ETHERNET');
  return -1;
}

/** Dispatch on an EtherType; `afterEthernet` admits the QinQ outer types and VN-Tag. */
function etherDispatch(
  ctx: DecodeContext,
  off: number,
  type: number,
  from: string,
  afterEthernet: boolean,
): number {
  switch (type) {
    case 0x0800:
    case 0x86dd:
      return off;
    case 0x8100:
      return vlan(ctx, off, from);
    case 0x88a8:
    case 0x9100:
      if (afterEthernet) return vlan(ctx, off, from);
      break;
    case 0x8847:
      return mpls(ctx, off, from);
    case 0x8864:
      return pppoe(ctx, off, from);
    case 0x8926:
      if (afterEthernet) return vntag(ctx, off, from);
      break;
    case 0x0806:
    case 0x8035:
      // ARP/RARP have their own analyzer in Zeek (out of scope): not an unknown protocol.
      return -1;
  }
  unknownProtocol(ctx, from, type);
  return -1;
}

function vlan(ctx: DecodeContext, off: number, from: string): number {
  if (!enter(ctx, from)) return -1;
  const p = ctx.pkt;
  const d = p.data;
  if (p.caplen - off <= 4) {
    netWeird(ctx, 'truncated_VLAN_header', 'VLAN');
    return -1;
  }
  const vid = ((d[off] << 8) | d[off + 1]) & 0xfff;
  if (ctx.vlanTags === 0) {
    p.vlan = vid;
  } else {
    if (ctx.vlanTags >= 2) netWeird(ctx, 'triple_tagged_vlan_unsupported', 'VLAN', 'inner VLAN tag overwritten');
    p.innerVlan = vid;
  }
  ctx.vlanTags++;
  const type = (d[off + 2] << 8) | d[off + 3];
  if (type >= 1536) return etherDispatch(ctx, off + 4, type, 'VLAN', false);
  if (type <= 1500) {
    unknownProtocol(ctx, 'VLAN', type);
    return -1;
  }
  netWeird(ctx, 'undefined_vlan_protocol', 'VLAN');
  return -1;
}

function mpls(ctx: DecodeContext, off: number, from: string): number {
  if (!enter(ctx, from)) return -1;
  const p = ctx.pkt;
  const d = p.data;
  // Pop labels up to bottom-of-stack; the payload type is not encoded, IP sniffs the version.
  for (;;) {
    if (p.caplen - off <= 4) {
      netWeird(ctx, 'truncated_link_header', 'MPLS');
      return -1;
    }
    const bottom = d[off + 2] & 1;
    off += 4;
    if (bottom) return off;
  }
}

function pppoe(ctx: DecodeContext, off: number, from: string): number {
  if (!enter(ctx, from)) return -1;
  const p = ctx.pkt;
  const d = p.data;
  if (p.caplen - off <= 8) {
    netWeird(ctx, 'truncated_pppoe_header', 'PPPOE');
    return -1;
  }
  // The session header's length covers the PPP protocol field and the payload (Zeek: PPPoE.cc).
  const payloadLength = (d[off + 4] << 8) | d[off + 5];
  const rest = p.caplen - off - 6;
  if (payloadLength < rest) netWeird(ctx, 'pppoe_extra_data_after_payload', 'PPPOE');
  else if (payloadLength > rest) netWeird(ctx, 'pppoe_truncated_payload', 'PPPOE');
  const proto = (d[off + 6] << 8) | d[off + 7];
  if (proto === 0x0021 || proto === 0x0057) return off + 8;
  unknownProtocol(ctx, 'PPPOE', proto);
  return -1;
}

function vntag(ctx: DecodeContext, off: number, from: string): number {
  if (!enter(ctx, from)) return -1;
  const p = ctx.pkt;
  const d = p.data;
  // 4-byte tag, then the EtherType of what follows (Zeek: VNTag.cc).
  if (p.caplen - off <= 6) {
    netWeird(ctx, 'truncated_vntag_header', 'VNTAG');
    return -1;
  }
  return etherDispatch(ctx, off + 6, (d[off + 4] << 8) | d[off + 5], 'VNTAG', false);
}

/** SLL and SLL2 carry an EtherType; only IP goes on (ARP quietly stops). */
function sllDispatch(ctx: DecodeContext, off: number, proto: number, from: string): number {
  if (proto === 0x0800 || proto === 0x86dd) return off;
  if (proto !== 0x0806 && proto !== 0x8035) unknownProtocol(ctx, from, proto);
  return -1;
}

function linuxSll(ctx: DecodeContext): number {
  const p = ctx.pkt;
  if (p.caplen <= 16) {
    netWeird(ctx, 'truncated_Linux_SLL_header', 'LINUXSLL');
    return -1;
  }
  // The address field is the sender's; there is no destination address.
  p.l2SrcOff = 6;
  return sllDispatch(ctx, 16, (p.data[14] << 8) | p.data[15], 'LINUXSLL');
}

function linuxSll2(ctx: DecodeContext): number {
  const p = ctx.pkt;
  if (p.caplen <= 20) {
    netWeird(ctx, 'truncated_Linux_SLL2_header', 'LINUXSLL2');
    return -1;
  }
  p.l2SrcOff = 12;
  return sllDispatch(ctx, 20, (p.data[0] << 8) | p.data[1], 'LINUXSLL2');
}

/** BSD address families that mean IP: AF_INET 2, AF_INET6 24/28/30 (the BSDs, macOS). */
function isIpFamily(af: number): boolean {
  return af === 2 || af === 24 || af === 28 || af === 30;
}

function nullLink(ctx: DecodeContext): number {
  const p = ctx.pkt;
  const d = p.data;
  if (p.caplen <= 4) {
    netWeird(ctx, 'null_analyzer_failed', 'NULL');
    return -1;
  }
  const le = (d[0] | (d[1] << 8) | (d[2] << 16) | (d[3] << 24)) >>> 0;
  if (isIpFamily(le)) return 4;
  // The family is in the capturing host's byte order: a big-endian capture is
  // accepted too (deliberate deviation from Zeek, engine.md Appendix D).
  const be = ((d[0] << 24) | (d[1] << 16) | (d[2] << 8) | d[3]) >>> 0;
  if (isIpFamily(be)) return 4;
  unknownProtocol(ctx, 'NULL', le);
  return -1;
}

function loopLink(ctx: DecodeContext): number {
  const p = ctx.pkt;
  const d = p.data;
  if (p.caplen <= 4) {
    netWeird(ctx, 'null_analyzer_failed', 'LOOP');
    return -1;
  }
  // LOOP is NULL with the family always big-endian (Zeek does not register it; 1.4).
  const be = ((d[0] << 24) | (d[1] << 16) | (d[2] << 8) | d[3]) >>> 0;
  if (isIpFamily(be)) return 4;
  unknownProtocol(ctx, 'LOOP', be);
  return -1;
}

function ppp(ctx: DecodeContext): number {
  const p = ctx.pkt;
  const d = p.data;
  let off = 0;
  // HDLC-like framing may precede the protocol: address 0xFF, control 0x03.
  if (p.caplen >= 2 && d[0] === 0xff && d[1] === 0x03) off = 2;
  if (p.caplen - off <= 2) {
    netWeird(ctx, 'truncated_ppp_header', 'PPP');
    return -1;
  }
  let proto: number;
  if (d[off] & 1) {
    // Protocol-field compression: a one-byte protocol number (odd by definition).
    proto = d[off];
    off += 1;
  } else {
    proto = (d[off] << 8) | d[off + 1];
    off += 2;
  }
  if (proto === 0x21 || proto === 0x57) return off;
  unknownProtocol(ctx, 'PPP', proto);
  return -1;
}
