import { addrToString } from './addrToString';
import { createPacket, resetPacket } from './createPacket';
import type { DecodeContext } from './DecodeContext';
import { decodeIp } from './decodeIp';
import { decodeLink } from './decodeLink';
import { type EncapStack, encapsulatingConn, type EncapsulatingConn, pushEncap, type TunnelType } from './Encapsulation';
import type { Packet } from './Packet';
import { flowWeird, unknownProtocol } from './reportWeird';

// Tunnel decapsulation in the packet layer (engine.md 1.14): IP-in-IP and GRE
// straight from the IP dispatch, the UDP tunnels' payloads when the connection
// layer hands them over. An inner packet is decoded like a frame of its own (raw
// IP or Ethernet) into the Packet of its nesting level, with `encap` set.

/** Start-up settings of tunnel decoding (Zeek's `Tunnel::` constants). */
export interface TunnelDecodeOptions {
  /** `Tunnel::max_depth`: tunnels a packet may be nested in (default 2). */
  maxDepth?: number;
  /** `Tunnel::ip_tunnel_timeout`: an IP tunnel idle this long gets a new UID when seen again (default 24 h). */
  ipTunnelTimeout?: number;
  /** Hands out UIDs: the connections' source, so IP tunnels draw from the same sequence (engine.md 2.5). */
  newUid: () => string;
}

/** State shared by all nesting levels of one decoder. */
export interface TunnelDecoding {
  maxDepth: number;
  ipTunnelTimeout: number;
  newUid: () => string;
  /** IP tunnels by their unordered address pair: the same tunnel keeps its UID both ways. */
  ipTunnels: Map<string, IpTunnel>;
  /** Decoding contexts by nesting level; [0] is the decoder's own. */
  levels: DecodeContext[];
  /** The packet the current decode ends with: the innermost one reached. */
  result: Packet | null;
  /** Set by `decodeUdpTunnel` when the tunnel header parsed (Zeek's analyzer confirmation: `service`). */
  confirmed: boolean;
  /** Set by `decodeUdpTunnel` when the header did not parse (Zeek's analyzer violation: no more tries). */
  violated: boolean;
}

interface IpTunnel {
  ec: EncapsulatingConn;
  lastSeen: number;
}

/** UDP tunnel kinds the connection layer recognises by port (`decodeUdpTunnel`). */
export const UDP_TUNNEL_VXLAN = 1;
export const UDP_TUNNEL_GENEVE = 2;

const LINK_RAW = 0;
const LINK_ETHERNET = 1;

/**
 * Sets up tunnel decoding for a decoder whose own context is `root`.
 *
 * ## Example
 * ```ts
 * ctx.tunnels = createTunnelDecoding({ newUid: uids }, ctx);
 * ```
 */
export function createTunnelDecoding(options: TunnelDecodeOptions, root: DecodeContext): TunnelDecoding {
  return {
    maxDepth: options.maxDepth ?? 2,
    ipTunnelTimeout: options.ipTunnelTimeout ?? 24 * 3600,
    newUid: options.newUid,
    ipTunnels: new Map(),
    levels: [root],
    result: null,
    confirmed: false,
    violated: false,
  };
}

/**
 * The IP dispatch for protocols 4 and 41 (IP-in-IP) and 47 (GRE): decodes the inner
 * packet, which becomes the decode's result. False when the packet stops here.
 *
 * ## Example
 * ```ts
 * if (proto === 47 && ctx.tunnels !== null) return decodeIpTunnel(ctx);
 * ```
 */
export function decodeIpTunnel(ctx: DecodeContext): boolean {
  const p = ctx.pkt;
  if (p.proto === 47) return gre(ctx, p);
  // The inner header is sniffed (raw IP), whichever of 4 and 41 announced it, as Zeek does.
  return ipTunnel(ctx, p, 'Tunnel::IP', p.l4Off, p.l4Cap, LINK_RAW, 0);
}

/** True (after the weird) when `p` is already inside `Tunnel::max_depth` tunnels. */
function tooDeep(ctx: DecodeContext, p: Packet, source: string): boolean {
  const depth = p.encap === null ? 0 : p.encap.length;
  if (depth < ctx.tunnels!.maxDepth) return false;
  flowWeird(ctx, 'exceeded_tunnel_max_depth', source);
  return true;
}

function ipTunnel(ctx: DecodeContext, p: Packet, type: TunnelType, off: number, cap: number, link: number, innerVersion: number): boolean {
  if (tooDeep(ctx, p, 'IPTUNNEL')) return false;
  // PPTP (GRE version 1) payloads are checked before the tunnel counts as seen; the
  // others are simply decoded, their problems are the inner IP layer's weirds.
  if (innerVersion !== 0 && !innerIpMatches(ctx, p.data, off, cap, innerVersion)) return false;
  const ec = ipTunnelConn(ctx.tunnels!, p, type);
  return decodeInner(ctx, p, pushEncap(p.encap, ec), off, cap, cap, link);
}

/** Zeek's check of a PPTP payload: the announced IP version, and exactly one whole datagram. */
function innerIpMatches(ctx: DecodeContext, d: Buffer, off: number, cap: number, version: number): boolean {
  const min = version === 6 ? 40 : 20;
  let name = '';
  if (cap < min) name = 'truncated_inner_IP';
  else if (d[off] >> 4 !== version) name = 'invalid_inner_IP_version';
  else {
    const total = version === 6 ? 40 + ((d[off + 4] << 8) | d[off + 5]) : (d[off + 2] << 8) | d[off + 3];
    if (cap < total) name = 'truncated_inner_IP';
    else if (cap > total) name = 'inner_IP_payload_length_mismatch';
  }
  if (name === '') return true;
  flowWeird(ctx, name, 'IPTUNNEL');
  return false;
}

/** The tunnel of `p`'s address pair, created (with a fresh UID) on first sight or after `ip_tunnel_timeout` idle. */
function ipTunnelConn(t: TunnelDecoding, p: Packet, type: TunnelType): EncapsulatingConn {
  const alen = p.ipVersion === 4 ? 4 : 16;
  const a = p.addrBuf.toString('latin1', p.srcOff, p.srcOff + alen);
  const b = p.addrBuf.toString('latin1', p.dstOff, p.dstOff + alen);
  const key = a < b ? a + b : b + a;
  const now = t.levels[0].netTime;
  const have = t.ipTunnels.get(key);
  if (have !== undefined && now - have.lastSeen < t.ipTunnelTimeout) {
    have.lastSeen = now;
    return have.ec;
  }
  const ec = encapsulatingConn(
    type,
    t.newUid(),
    addrToString(p.addrBuf, p.srcOff, alen),
    0,
    addrToString(p.addrBuf, p.dstOff, alen),
    0,
    0,
    65535,
  );
  t.ipTunnels.set(key, { ec, lastSeen: now });
  return ec;
}

/** GRE (RFC 2784/2890, and version 1 for PPTP), with Zeek's checks in Zeek's order. */
function gre(ctx: DecodeContext, p: Packet): boolean {
  const d = p.data;
  const off = p.l4Off;
  const len = p.l4Cap;
  if (len < 4) return greWeird(ctx, 'truncated_GRE');
  const flags = (d[off] << 8) | d[off + 1];
  const type = (d[off + 2] << 8) | d[off + 3];
  const version = flags & 7;
  // Checksum, key, sequence number and (version 1) acknowledgement are 4 bytes each when flagged.
  const hl = 4 + (flags & 0x8000 ? 4 : 0) + (flags & 0x2000 ? 4 : 0) + (flags & 0x1000 ? 4 : 0) + (flags & 0x0080 ? 4 : 0);
  const pptp = version === 1 ? 4 : 0;
  let eth = 0;
  if (version > 1) return greWeird(ctx, 'unknown_gre_version', `version=${version}`);
  if (version === 0) {
    if (type === 0x6558) {
      // Transparent Ethernet bridging: an Ethernet frame follows.
      if (len <= hl + 14) return greWeird(ctx, 'truncated_GRE');
      eth = 14;
    }
  } else if (type !== 0x880b) {
    return greWeird(ctx, 'egre_protocol_type', `proto=${type}`);
  }
  if (flags & 0x4000) return greWeird(ctx, 'gre_routing');
  if (flags & 0x0078) return greWeird(ctx, 'unknown_gre_flags');
  if (len < hl + pptp + eth) return greWeird(ctx, 'truncated_GRE');
  const inner = off + hl + pptp;
  const innerCap = len - hl - pptp;
  if (version === 1) {
    // The PPP header's protocol: IPv4 or IPv6, anything else is not ours.
    const ppp = (d[off + hl + 2] << 8) | d[off + hl + 3];
    if (ppp !== 0x0021 && ppp !== 0x0057) return greWeird(ctx, 'non_ip_packet_in_encap');
    return ipTunnel(ctx, p, 'Tunnel::GRE', inner, innerCap, LINK_RAW, ppp === 0x0021 ? 4 : 6);
  }
  if (type === 0x0800 || type === 0x86dd) return ipTunnel(ctx, p, 'Tunnel::GRE', inner, innerCap, LINK_RAW, 0);
  if (type === 0x6558) return ipTunnel(ctx, p, 'Tunnel::GRE', inner, innerCap, LINK_ETHERNET, 0);
  // ERSPAN, Aruba and the rest: no analyzer here (docs/tunnels.md), as for an unknown EtherType.
  unknownProtocol(ctx, 'GRE', type);
  return false;
}

function greWeird(ctx: DecodeContext, name: string, addl = ''): boolean {
  flowWeird(ctx, name, 'GRE', addl);
  return false;
}

/**
 * Decodes `cap` bytes at `off` of `p.data` as a packet of its own inside `encap`:
 * raw IP (the version nibble decides) or an Ethernet frame. Its wire length is `len`.
 */
function decodeInner(ctx: DecodeContext, p: Packet, encap: EncapStack, off: number, cap: number, len: number, link: number): boolean {
  const t = ctx.tunnels!;
  const c = levelContext(t, encap.length);
  const q = c.pkt;
  resetPacket(q, p.ts, p.data.subarray(off, off + cap), cap, len);
  q.encap = encap;
  c.netTime = t.levels[0].netTime;
  t.result = q;
  const ipOff = link === LINK_ETHERNET ? decodeLink(c, 1) : 0;
  if (ipOff < 0) return false;
  return decodeIp(c, ipOff);
}

/** The decoding context of nesting level `depth`, made on first need (shares the decoder's options and fragments). */
function levelContext(t: TunnelDecoding, depth: number): DecodeContext {
  const have = t.levels[depth];
  if (have !== undefined) return have;
  const root = t.levels[0];
  const c: DecodeContext = { ...root, pkt: createPacket(), depth: 0, vlanTags: 0, weirdSuffix: '_in_tunnel' };
  t.levels[depth] = c;
  return c;
}

/**
 * The inner packet of a UDP tunnel (VXLAN, Geneve) whose payload is in `p`, the outer
 * packet, with `ec` the outer connection's tunnel record; null when there is none
 * (then `t.violated` says whether the header was bad, `t.confirmed` whether it parsed).
 *
 * ## Example
 * ```ts
 * const inner = decodeUdpTunnel(t, pkt, UDP_TUNNEL_VXLAN, ec);
 * if (inner !== null) tracker.process(inner);
 * ```
 */
export function decodeUdpTunnel(t: TunnelDecoding, p: Packet, kind: number, ec: EncapsulatingConn): Packet | null {
  const ctx = t.levels[p.encap === null ? 0 : p.encap.length];
  t.confirmed = false;
  t.violated = false;
  const source = kind === UDP_TUNNEL_VXLAN ? 'VXLAN' : 'GENEVE';
  if (tooDeep(ctx, p, source)) return null;
  const d = p.data;
  const off = p.payloadOff;
  const len = p.payloadCap < p.payloadLen ? p.payloadCap : p.payloadLen;
  let hl = 8;
  let link = LINK_ETHERNET;
  if (len < hl) return violation(t);
  if (kind === UDP_TUNNEL_VXLAN) {
    if ((d[off] & 0x08) === 0) return violation(t); // the I flag: a valid VNI follows
  } else {
    const version = d[off] >> 6;
    if (version !== 0) {
      flowWeird(ctx, 'geneve_invalid_version', source, `${version}`);
      return null;
    }
    hl += (d[off] & 0x3f) * 4;
    if (len < hl) return violation(t);
  }
  t.confirmed = true;
  if (len === hl) {
    flowWeird(ctx, kind === UDP_TUNNEL_VXLAN ? 'vxlan_empty_packet' : 'geneve_empty_packet', source);
    return null;
  }
  if (kind === UDP_TUNNEL_GENEVE) {
    const next = (d[off + 2] << 8) | d[off + 3];
    if (next === 0x0800 || next === 0x86dd) link = LINK_RAW;
    else if (next !== 0x6558) {
      unknownProtocol(ctx, 'GENEVE', next);
      return null;
    }
  }
  const cap = len - hl;
  // The inner wire length keeps what the capture cut off the outer frame (Zeek's build_inner_packet).
  const wire = p.len - (p.caplen - cap);
  return decodeInner(ctx, p, pushEncap(p.encap, ec), off + hl, cap, wire, link) ? t.result : null;
}

function violation(t: TunnelDecoding): null {
  t.violated = true;
  return null;
}
