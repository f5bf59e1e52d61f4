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

/** What `decodeUdpTunnel` found out about the outer connection (the fields of `TunnelDecoding` it sets). */
export interface UdpTunnelOutcome {
  /** The tunnel header parsed (what Zeek's analyzer confirmation counts). */
  readonly valid: boolean;
  /** The header did not parse (Zeek's analyzer violation: no more tries on this connection). */
  readonly violated: boolean;
  /** A weird for the outer connection ('' none), reported once the tunnel is confirmed or when `connWeirdForced`. */
  readonly connWeird: string;
  readonly connWeirdForced: boolean;
  /** The packet was refused for `Tunnel::max_depth`: Zeek adds `X` to the outer connection's history. */
  readonly depthExceeded: boolean;
}

/** State shared by all nesting levels of one decoder. */
export interface TunnelDecoding {
  maxDepth: number;
  ipTunnelTimeout: number;
  newUid: () => string;
  /** IP-in-IP and GRE tunnels by their unordered address pair (one table per analyzer, as in Zeek). */
  ipInIpTunnels: Map<string, IpTunnel>;
  greTunnels: Map<string, IpTunnel>;
  /** Set when a packet was refused for `Tunnel::max_depth` (the outer UDP connection gets history `X`). */
  depthExceeded: boolean;
  /** Decoding contexts by nesting level; [0] is the decoder's own (its `innerResult` receives inner packets). */
  levels: DecodeContext[];
  /** Set by `decodeUdpTunnel` when the tunnel header parsed (what Zeek's analyzer confirmation counts). */
  valid: boolean;
  /** Set by `decodeUdpTunnel` when the header did not parse (Zeek's analyzer violation: no more tries). */
  violated: boolean;
  /** Set by `decodeUdpTunnel`: a weird for the outer connection ('' none); `connWeirdForced`: even before confirmation. */
  connWeird: string;
  connWeirdForced: boolean;
  /** Scratch: the link layer of the inner packet of a UDP tunnel. */
  link: number;
}

interface IpTunnel {
  ec: EncapsulatingConn;
  lastSeen: number;
}

/** UDP tunnel kinds the connection layer recognises by port (`decodeUdpTunnel`). */
export const UDP_TUNNEL_VXLAN = 1;
export const UDP_TUNNEL_GENEVE = 2;
export const UDP_TUNNEL_TEREDO = 3;
export const UDP_TUNNEL_AYIYA = 4;
export const UDP_TUNNEL_GTPV1 = 5;

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
    ipInIpTunnels: new Map(),
    greTunnels: new Map(),
    depthExceeded: false,
    levels: [root],
    valid: false,
    violated: false,
    connWeird: '',
    connWeirdForced: false,
    link: LINK_RAW,
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
  return p.proto === 47 ? gre(ctx, p) : ipInIp(ctx, p);
}

/** True (after the weird) when `p` is already inside `Tunnel::max_depth` tunnels. */
function tooDeep(ctx: DecodeContext, p: Packet, source: string): boolean {
  const depth = p.encap === null ? 0 : p.encap.length;
  if (depth < ctx.tunnels!.maxDepth) return false;
  flowWeird(ctx, 'exceeded_tunnel_max_depth', source);
  ctx.tunnels!.depthExceeded = true;
  return true;
}

/**
 * IP-in-IP: the payload must be exactly one datagram of the version the protocol
 * announced (4: IPv4, 41: IPv6) before the tunnel counts as seen (Zeek's IPINIP analyzer).
 */
function ipInIp(ctx: DecodeContext, p: Packet): boolean {
  if (tooDeep(ctx, p, 'IPINIP')) return false;
  const d = p.data;
  const off = p.l4Off;
  const cap = p.l4Cap;
  const version = p.proto === 4 ? 4 : 6;
  let name = '';
  if (cap < (version === 6 ? 40 : 20)) name = 'truncated_inner_IP';
  else if (d[off] >> 4 !== version) name = 'invalid_inner_IP_version';
  else {
    const total = version === 6 ? 40 + ((d[off + 4] << 8) | d[off + 5]) : (d[off + 2] << 8) | d[off + 3];
    if (cap < total) name = 'truncated_inner_IP';
    else if (cap > total) name = 'inner_IP_payload_length_mismatch';
  }
  if (name !== '') {
    flowWeird(ctx, name, 'IPINIP');
    return false;
  }
  const t = ctx.tunnels!;
  return decodeInner(ctx, p, pushEncap(p.encap, ipTunnelConn(t, t.ipInIpTunnels, p, 'Tunnel::IP')), off, cap, innerWire(p, cap), LINK_RAW);
}

/** Zeek's inner wire length: the outer one minus what the capture kept before the inner bytes. */
function innerWire(p: Packet, cap: number): number {
  return p.len - (p.caplen - cap);
}

/**
 * The tunnel of `p`'s address pair in one analyzer's table (IP-in-IP and GRE keep their
 * own), created with a fresh UID on first sight or after `ip_tunnel_timeout` idle.
 */
function ipTunnelConn(t: TunnelDecoding, table: Map<string, IpTunnel>, p: Packet, type: TunnelType): EncapsulatingConn {
  const alen = p.ipVersion === 4 ? 4 : 16;
  const a = p.addrBuf.toString('latin1', p.srcOff, p.srcOff + alen);
  const b = p.addrBuf.toString('latin1', p.dstOff, p.dstOff + alen);
  const key = a < b ? a + b : b + a;
  const now = t.levels[0].netTime;
  const have = table.get(key);
  if (have !== undefined && now - have.lastSeen < t.ipTunnelTimeout) {
    have.lastSeen = now;
    return have.ec;
  }
  // conn_id$proto is the outer header's next protocol (4, 41 or 47).
  const ec = encapsulatingConn(type, t.newUid(), addrToString(p.addrBuf, p.srcOff, alen), 0, addrToString(p.addrBuf, p.dstOff, alen), 0, 0, p.proto);
  table.set(key, { ec, lastSeen: now });
  return ec;
}

/** GRE (RFC 2784/2890, and version 1 for PPTP), with Zeek's checks in Zeek's order. */
function gre(ctx: DecodeContext, p: Packet): boolean {
  if (tooDeep(ctx, p, 'GRE')) return false;
  const d = p.data;
  const off = p.l4Off;
  const len = p.l4Cap;
  if (len < 4) return greWeird(ctx, 'truncated_GRE');
  const flags = (d[off] << 8) | d[off + 1];
  let type = (d[off + 2] << 8) | d[off + 3];
  const version = flags & 7;
  // Checksum, key, sequence number and (version 1) acknowledgement are 4 bytes each when flagged.
  const hl = 4 + (flags & 0x8000 ? 4 : 0) + (flags & 0x2000 ? 4 : 0) + (flags & 0x1000 ? 4 : 0) + (flags & 0x0080 ? 4 : 0);
  const pptp = version === 1 ? 4 : 0;
  if (version > 1) return greWeird(ctx, 'unknown_gre_version', `version=${version}`);
  if (version === 1) {
    if (type !== 0x880b) return greWeird(ctx, 'egre_protocol_type', `proto=${type}`);
  } else if (type === 0x88be && (flags & 0x1000) === 0) {
    type = 0x6558; // ERSPAN type I: no ERSPAN header, an Ethernet frame follows
  }
  if (flags & 0x4000) return greWeird(ctx, 'gre_routing');
  if (flags & 0x0078) return greWeird(ctx, 'unknown_gre_flags');
  if (len < hl + pptp) return greWeird(ctx, 'truncated_GRE');
  if (version === 1) {
    // The PPP header's protocol: IPv4 or IPv6, anything else is not ours.
    const ppp = (d[off + hl + 2] << 8) | d[off + hl + 3];
    if (ppp !== 0x0021 && ppp !== 0x0057) return greWeird(ctx, 'non_ip_packet_in_encap');
    type = ppp === 0x0021 ? 0x0800 : 0x86dd;
  }
  const inner = off + hl + pptp;
  const cap = len - hl - pptp;
  // The tunnel is registered before the payload's protocol is looked at (Zeek's BuildInnerPacket).
  const t = ctx.tunnels!;
  const encap = pushEncap(p.encap, ipTunnelConn(t, t.greTunnels, p, 'Tunnel::GRE'));
  if (type === 0x0800 || type === 0x86dd) return decodeInner(ctx, p, encap, inner, cap, innerWire(p, cap), LINK_RAW);
  if (type === 0x6558) return decodeInner(ctx, p, encap, inner, cap, innerWire(p, cap), LINK_ETHERNET);
  // ERSPAN type II/III, Aruba and the rest: no analyzer here (docs/tunnels.md), as for an unknown EtherType.
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
  const root = t.levels[0];
  c.netTime = root.netTime;
  const ipOff = link === LINK_ETHERNET ? decodeLink(c, 1) : 0;
  if (ipOff < 0 || !decodeIp(c, ipOff)) return false;
  // A deeper tunnel that succeeded has already left its (innermost) packet.
  if (root.innerResult === null) root.innerResult = q;
  return true;
}

/** The decoding context of nesting level `depth`, made on first need (shares the decoder's options and fragments). */
function levelContext(t: TunnelDecoding, depth: number): DecodeContext {
  const have = t.levels[depth];
  if (have !== undefined) return have;
  const root = t.levels[0];
  const c: DecodeContext = { ...root, pkt: createPacket(), depth: 0, vlanTags: 0, weirdSuffix: '_in_tunnel', innerResult: null };
  t.levels[depth] = c;
  return c;
}

/**
 * The inner packet of a UDP tunnel (`UDP_TUNNEL_*`) whose payload is in `p`, the outer
 * packet, with `ec` the outer connection's tunnel record; null when there is none. The
 * fields `valid`, `violated` and `connWeird` of `t` then say what the connection layer
 * does with the outer connection (Zeek's analyzer confirmation and violation).
 *
 * ## Example
 * ```ts
 * const inner = decodeUdpTunnel(t, pkt, UDP_TUNNEL_VXLAN, ec);
 * if (inner !== null) tracker.process(inner);
 * ```
 */
export function decodeUdpTunnel(t: TunnelDecoding, p: Packet, kind: number, ec: EncapsulatingConn): Packet | null {
  const ctx = t.levels[p.encap === null ? 0 : p.encap.length];
  t.valid = false;
  t.violated = false;
  t.depthExceeded = false;
  t.connWeird = '';
  t.connWeirdForced = false;
  const len = p.payloadCap < p.payloadLen ? p.payloadCap : p.payloadLen;
  let hl: number;
  switch (kind) {
    case UDP_TUNNEL_VXLAN:
      hl = vxlanHeader(t, ctx, p, len);
      break;
    case UDP_TUNNEL_GENEVE:
      hl = geneveHeader(t, ctx, p, len);
      break;
    case UDP_TUNNEL_TEREDO:
      hl = teredoHeader(t, ctx, p, len);
      break;
    case UDP_TUNNEL_AYIYA:
      hl = ayiyaHeader(t, ctx, p, len);
      break;
    default:
      hl = gtpHeader(t, ctx, p, len);
  }
  if (hl < 0) return null;
  const cap = len - hl;
  // The inner wire length keeps what the capture cut off the outer frame (Zeek's build_inner_packet).
  const wire = p.len - (p.caplen - cap);
  if (!decodeInner(ctx, p, pushEncap(p.encap, ec), p.payloadOff + hl, cap, wire, t.link)) return null;
  const root = t.levels[0];
  const inner = root.innerResult;
  root.innerResult = null;
  return inner;
}

/** Zeek's analyzer violation: the connection's tunnel analysis stops for good. */
function violation(t: TunnelDecoding): number {
  t.violated = true;
  return -1;
}

/** VXLAN (RFC 7348): 8 bytes with the I flag, then an Ethernet frame. Returns the header length or -1. */
function vxlanHeader(t: TunnelDecoding, ctx: DecodeContext, p: Packet, len: number): number {
  if (tooDeep(ctx, p, 'VXLAN')) return -1;
  const d = p.data;
  const off = p.payloadOff;
  if (len < 8 || (d[off] & 0x08) === 0) return violation(t); // the I flag: a valid VNI follows
  t.valid = true;
  if (len === 8) {
    flowWeird(ctx, 'vxlan_empty_packet', 'VXLAN');
    return -1;
  }
  t.link = LINK_ETHERNET;
  return 8;
}

/** Geneve (RFC 8926): 8 bytes plus options, then what the protocol type names. */
function geneveHeader(t: TunnelDecoding, ctx: DecodeContext, p: Packet, len: number): number {
  if (tooDeep(ctx, p, 'GENEVE')) return -1;
  const d = p.data;
  const off = p.payloadOff;
  if (len < 8) return violation(t);
  const version = d[off] >> 6;
  if (version !== 0) {
    flowWeird(ctx, 'geneve_invalid_version', 'GENEVE', `${version}`);
    return -1;
  }
  const hl = 8 + (d[off] & 0x3f) * 4;
  if (len < hl) return violation(t);
  t.valid = true;
  if (len === hl) {
    flowWeird(ctx, 'geneve_empty_packet', 'GENEVE');
    return -1;
  }
  const next = (d[off + 2] << 8) | d[off + 3];
  if (next === 0x6558) t.link = LINK_ETHERNET;
  else if (next === 0x0800 || next === 0x86dd) t.link = LINK_RAW;
  else {
    unknownProtocol(ctx, 'GENEVE', next);
    return -1;
  }
  return hl;
}

/**
 * Teredo (RFC 4380): optional authentication and origin indication, then an IPv6
 * header whose payload length must match, except for a bubble (no next header).
 */
function teredoHeader(t: TunnelDecoding, ctx: DecodeContext, p: Packet, len: number): number {
  if (tooDeep(ctx, p, 'TEREDO')) return -1;
  const d = p.data;
  const start = p.payloadOff;
  let off = start;
  let rest = len;
  let origin = false;
  let auth = false;
  for (;;) {
    if (rest < 2) return teredoBad(t, 'truncated_Teredo');
    const tag = (d[off] << 8) | d[off + 1];
    if (tag === 0) {
      // Origin indication: at most one.
      if (origin) return violation(t);
      if (rest < 8) return teredoBad(t, 'truncated_Teredo_origin_indication');
      origin = true;
      off += 8;
      rest -= 8;
    } else if (tag === 1) {
      // Authentication: at most one, and before any origin indication.
      if (origin || auth) return violation(t);
      if (rest < 4) return teredoBad(t, 'truncated_Teredo_authentication');
      const total = 4 + d[off + 2] + d[off + 3] + 8 + 1;
      if (rest < total) return teredoBad(t, 'truncated_Teredo_authentication');
      auth = true;
      off += total;
      rest -= total;
    } else if (d[off] >> 4 === 6) {
      if (rest < 40) return teredoBad(t, 'truncated_IPv6_in_Teredo');
      break;
    } else {
      return violation(t);
    }
  }
  const total = 40 + ((d[off + 4] << 8) | d[off + 5]);
  if (rest > total) {
    // More bytes than the IPv6 header says: tolerated only for a bubble (no next header, no payload).
    if (d[off + 6] !== 59 || total !== 40) return violation(t);
    t.connWeird = 'Teredo_bubble_with_payload';
    t.connWeirdForced = true;
  } else if (rest < total) {
    return violation(t);
  }
  t.valid = true;
  t.link = LINK_RAW;
  return off - start;
}

/** A Teredo parse problem: Zeek reports it on the connection only once Teredo is confirmed there, then gives up. */
function teredoBad(t: TunnelDecoding, weird: string): number {
  t.connWeird = weird;
  return violation(t);
}

/** AYIYA: identity and signature after an 8-byte header; only "forward" (opcode 1) carries a packet. */
function ayiyaHeader(t: TunnelDecoding, ctx: DecodeContext, p: Packet, len: number): number {
  if (tooDeep(ctx, p, 'AYIYA')) return -1;
  const d = p.data;
  const off = p.payloadOff;
  if (len < 8) return violation(t);
  const hl = 8 + (1 << (d[off] >> 4)) + (d[off + 1] >> 4) * 4;
  if (len < hl) return violation(t);
  if ((d[off + 2] & 0x0f) !== 1) return -1;
  const next = d[off + 3];
  t.valid = true;
  if (len === hl) {
    flowWeird(ctx, 'ayiya_empty_packet', 'AYIYA');
    return -1;
  }
  if (next !== 4 && next !== 41) {
    unknownProtocol(ctx, 'AYIYA', next);
    return -1;
  }
  t.link = LINK_RAW;
  return hl;
}

/**
 * GTPv1: a G-PDU (message type 255) carries one whole IPv4/IPv6 datagram after the
 * header, its optional part and extension headers; other messages carry none.
 */
function gtpHeader(t: TunnelDecoding, ctx: DecodeContext, p: Packet, len: number): number {
  const d = p.data;
  const off = p.payloadOff;
  const encap = p.encap;
  if (tooDeep(ctx, p, 'GTPV1')) return -1;
  // GTP is never carried in GTP: such a packet is taken for a plain one.
  if (encap !== null && encap[encap.length - 1].type === 'Tunnel::GTPv1') return violation(t);
  if (len < 8) return violation(t);
  const flags = d[off];
  if (flags >> 5 !== 1) return violation(t);
  if ((flags & 0x10) === 0 || d[off + 1] !== 255) return -1; // GTP' or a control message
  let hl = 8;
  if (flags & 0x07) {
    if (len < 12) return violation(t);
    hl = 12;
    // Extension headers (E flag): each is a length in 4-byte units, contents, the next type.
    let next = flags & 0x04 ? d[off + 11] : 0;
    while (next !== 0) {
      if (len < hl + 1) return violation(t);
      const n = d[off + hl] * 4;
      if (n === 0 || len < hl + n) return violation(t);
      next = d[off + hl + n - 1];
      hl += n;
    }
  }
  const rest = len - hl;
  if (rest < 20) return violation(t);
  const version = d[off + hl] >> 4;
  if (version !== 4 && version !== 6) return violation(t);
  if (rest < (version === 6 ? 40 : 20)) return violation(t);
  const total = version === 6 ? 40 + ((d[off + hl + 4] << 8) | d[off + hl + 5]) : (d[off + hl + 2] << 8) | d[off + hl + 3];
  if (rest !== total) return violation(t);
  t.valid = true;
  t.link = LINK_RAW;
  return hl;
}

/**
 * Zeek's payload detection of Teredo and AYIYA on UDP ports that are no tunnel port
 * (both analyzers register for protocol detection): AYIYA by its second and third
 * bytes; Teredo by a bubble to or from a Teredo address (2001:0::/32), or an
 * authentication or origin indication followed by an IPv6 header. Stateless: each
 * packet is looked at on its own, as Zeek does. Returns a `UDP_TUNNEL_*` kind or 0.
 *
 * ## Example
 * ```ts
 * if (detectUdpTunnel(pkt) === UDP_TUNNEL_TEREDO) ...
 * ```
 */
export function detectUdpTunnel(p: Packet): number {
  const d = p.data;
  let off = p.payloadOff;
  let len = p.payloadCap < p.payloadLen ? p.payloadCap : p.payloadLen;
  if (len >= 3 && d[off + 1] === 0x52 && d[off + 2] === 0x11) return UDP_TUNNEL_AYIYA;
  if (len < 40) return 0;
  const b0 = d[off];
  if (b0 >> 4 !== 6 && !(b0 === 0 && (d[off + 1] === 0 || d[off + 1] === 1))) return 0;
  // Exactly an IPv6 header (a bubble) with a Teredo source or destination address.
  if (len === 40 && b0 >> 4 === 6 && (teredoPrefix(d, off + 8) || teredoPrefix(d, off + 24))) return UDP_TUNNEL_TEREDO;
  let tag = d[off + 1];
  if (tag === 1) {
    // Authentication (client id and authenticator lengths, nonce, confirmation), then an origin indication.
    const skip = 13 + d[off + 2] + d[off + 3];
    if (len < skip) return 0;
    off += skip;
    len -= skip;
    if (len < 40) return 0;
    tag = (d[off] << 8) | d[off + 1];
  }
  if (tag !== 0 || len < 48) return 0;
  return d[off + 8] >> 4 === 6 ? UDP_TUNNEL_TEREDO : 0;
}

function teredoPrefix(d: Buffer, off: number): boolean {
  return d[off] === 0x20 && d[off + 1] === 0x01 && d[off + 2] === 0 && d[off + 3] === 0;
}
