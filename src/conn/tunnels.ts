import type { EncapStack, EncapsulatingConn, TunnelType } from '../packet/Encapsulation';
import { encapsulatingConn, sameEncap } from '../packet/Encapsulation';
import type { Packet } from '../packet/Packet';
import {
  UDP_TUNNEL_AYIYA,
  UDP_TUNNEL_GENEVE,
  UDP_TUNNEL_GTPV1,
  UDP_TUNNEL_TEREDO,
  UDP_TUNNEL_VXLAN,
  type UdpTunnelOutcome,
  detectUdpTunnel,
} from '../packet/tunnelDecoding';
import { makePort, PORT_UDP } from '../runtime/port';
import { setAdd } from '../runtime/table';
import { buildPktHdr } from './pktHdr';
import type { Connection } from './records';
import type { Session } from './session';
import { checkHistory, connRec, connWeird, origPortNumber, raise, respPortNumber } from './sessionOps';

/** Zeek's HIST_ANALYZER_LIMIT_REACHED: one `X` per connection, whichever side (a bit above the per-direction ones). */
const HIST_ANALYZER_LIMIT = 0x4000;

// The connection layer's side of tunnels (engine.md 1.14, 2.1, 3.3): a connection's
// encapsulation and `tunnel_changed`, conn.log's `tunnel_parents`, and the UDP tunnels,
// whose outer connection hands its payload to the decoder and the inner packet back
// to the tracker. Only tunnelled packets and tunnel ports ever reach this file.

/** What the tracker needs to decapsulate UDP tunnels and to report tunnels (createConnectionTracker's `tunnels`). */
export interface TunnelTrackingOptions {
  /** The decoder that built the packets: it decodes UDP tunnel payloads. */
  decoder: {
    decodeUdpTunnel(pkt: Packet, kind: number, ec: EncapsulatingConn): Packet | null;
    readonly lastTunnel: UdpTunnelOutcome;
  };
  /** UDP tunnel kind (`UDP_TUNNEL_*`) by responder port; default `defaultUdpTunnelPorts()`. */
  udpPorts?: Uint8Array;
  /** The tunnels of a new connection, or its new encapsulation (tunnel.log's DISCOVER: `Tunnel::register_all`). */
  onEncap?: (encap: EncapStack, ts: number) => void;
  /** A connection was removed (tunnel.log's CLOSE when it is a tunnel); only connections with a record. */
  onRemoved?: (c: Connection, ts: number) => void;
}

/** The tracker's tunnel state (`TrackerCore.tunnels`). */
export interface ConnTunnels extends TunnelTrackingOptions {
  udpPorts: Uint8Array;
  /** The tracker's own packet entry point, for inner packets. */
  process: (pkt: Packet) => void;
}

/** Per outer UDP tunnel connection: its tunnel record and its analyzer's state. */
interface OuterTunnel {
  ec: EncapsulatingConn;
  /** The analyzer gave up (Zeek's analyzer violation). */
  violated: boolean;
  /** The tunnel was confirmed: its name is in `service`. */
  confirmed: boolean;
  /** Teredo and GTPv1 confirm only once both directions carried a valid packet. */
  validOrig: boolean;
  validResp: boolean;
}

/** Per UDP tunnel kind (index `UDP_TUNNEL_*`): tunnel type, `service` name, weird source, whether confirmation waits for both directions. */
const KINDS: readonly { type: TunnelType; service: string; source: string; bothWays: boolean }[] = [
  { type: 'Tunnel::VXLAN', service: '', source: '', bothWays: false },
  { type: 'Tunnel::VXLAN', service: 'vxlan', source: 'VXLAN', bothWays: false },
  { type: 'Tunnel::GENEVE', service: 'geneve', source: 'GENEVE', bothWays: false },
  { type: 'Tunnel::TEREDO', service: 'teredo', source: 'TEREDO', bothWays: true },
  { type: 'Tunnel::AYIYA', service: 'ayiya', source: 'AYIYA', bothWays: false },
  { type: 'Tunnel::GTPv1', service: 'gtpv1', source: 'GTPV1', bothWays: true },
];

/** Keyed by the connection record (one per connection; sessions are recycled, records are not). */
const outerTunnels = new WeakMap<Connection, OuterTunnel>();

/**
 * Zeek's UDP tunnel ports (VXLAN 4789, Geneve 6081, Teredo 3544, AYIYA 5072, GTPv1
 * 2152 and 2123) as a table by port, the one check a UDP packet pays.
 *
 * ## Example
 * ```ts
 * defaultUdpTunnelPorts()[4789]; // UDP_TUNNEL_VXLAN
 * ```
 */
export function defaultUdpTunnelPorts(): Uint8Array {
  const t = new Uint8Array(65536);
  t[4789] = UDP_TUNNEL_VXLAN;
  t[6081] = UDP_TUNNEL_GENEVE;
  t[3544] = UDP_TUNNEL_TEREDO;
  t[5072] = UDP_TUNNEL_AYIYA;
  t[2152] = UDP_TUNNEL_GTPV1;
  t[2123] = UDP_TUNNEL_GTPV1;
  return t;
}

/**
 * The script value of an encapsulation: Zeek's `EncapsulatingConnVector`, a vector
 * of `EncapsulatingConn` records (`cid`, `tunnel_type`, `uid`); empty for null.
 *
 * ## Example
 * ```ts
 * encapVector([ec])[0].tunnel_type; // "Tunnel::IP"
 * ```
 */
export function encapVector(encap: EncapStack | null): Record<string, unknown>[] {
  if (encap === null) return [];
  return encap.map((ec) => ({
    cid: {
      orig_h: ec.origH,
      orig_p: makePort(ec.origP, ec.portBits),
      resp_h: ec.respH,
      resp_p: makePort(ec.respP, ec.portBits),
      proto: ec.proto,
      ctx: {},
    },
    tunnel_type: ec.type,
    uid: ec.uid,
  }));
}

/**
 * A new connection's encapsulation: its `tunnel_parents` start with the innermost
 * tunnel (the conn script's `set_conn`). Called before `new_connection` is raised.
 *
 * ## Example
 * ```ts
 * if (pkt.encap !== null) startEncap(s, pkt.encap);
 * ```
 */
export function startEncap(s: Session, encap: EncapStack): void {
  s.encap = encap;
  s.tunnelParents = [encap[encap.length - 1].uid];
}

/**
 * Reports a new connection's tunnels to tunnel.log (`Tunnel::register_all` from
 * `new_connection`). Called right after `new_connection` is raised.
 *
 * ## Example
 * ```ts
 * if (s.encap !== null) encapSeen(s, pkt.ts);
 * ```
 */
export function encapSeen(s: Session, ts: number): void {
  const on = s.tracker.tunnels?.onEncap;
  if (on !== undefined && s.encap !== null) on(s.encap, ts);
}

/**
 * A packet of an existing connection came with another encapsulation than the one
 * before (engine.md 2.1): `tunnel_changed(c, e)` unless the stacks are equal after all,
 * the new innermost tunnel joins `tunnel_parents`, `c$tunnel` follows (as the conn
 * script's handler does), tunnel.log learns of the tunnels.
 *
 * ## Example
 * ```ts
 * if (s.encap !== pkt.encap) encapChanged(s, pkt);
 * ```
 */
export function encapChanged(s: Session, pkt: Packet): void {
  const encap = pkt.encap;
  const same = sameEncap(s.encap, encap);
  s.encap = encap;
  if (same) return;
  if (encap !== null) {
    const uid = encap[encap.length - 1].uid;
    if (s.tunnelParents === null) s.tunnelParents = [uid];
    else if (!s.tunnelParents.includes(uid)) s.tunnelParents.push(uid);
  }
  raise(s, 'tunnel_changed', encapVector(encap));
  if (s.rec !== null) {
    if (encap === null) delete s.rec.tunnel;
    else s.rec.tunnel = encapVector(encap);
  }
  encapSeen(s, pkt.ts);
}

/**
 * A UDP packet of `s` on a tunnel port (Zeek forwards by the responder port, after
 * `udp_request`/`udp_reply`): decodes the payload and analyses the inner packet. A
 * valid header confirms the tunnel (its name joins `service`; Teredo and GTPv1 wait
 * for both directions); a bad one stops the tunnel analysis of this connection, as
 * Zeek's analyzer violation does.
 *
 * ## Example
 * ```ts
 * const kind = core.tunnels.udpPorts[respPortNumber(s)];
 * if (kind !== 0) udpTunnel(s, pkt, isOrig, kind);
 * ```
 */
export function udpTunnel(s: Session, pkt: Packet, isOrig: boolean, kind: number): void {
  const t = s.tracker.tunnels!;
  const k = KINDS[kind];
  const c = connRec(s);
  let outer = outerTunnels.get(c);
  if (outer === undefined) {
    const ec = encapsulatingConn(k.type, s.uid, c.id.orig_h, origPortNumber(s), c.id.resp_h, respPortNumber(s), PORT_UDP, 17);
    outer = { ec, violated: false, confirmed: false, validOrig: false, validResp: false };
    outerTunnels.set(c, outer);
  }
  if (outer.violated) return;
  const inner = t.decoder.decodeUdpTunnel(pkt, kind, outer.ec);
  const r = t.decoder.lastTunnel;
  if (r.connWeird !== '' && (r.connWeirdForced || outer.confirmed)) connWeird(s, r.connWeird, '', k.source);
  if (r.depthExceeded) checkHistory(s, s.orig, HIST_ANALYZER_LIMIT, 'X');
  if (r.violated) outer.violated = true;
  else if (k.bothWays) {
    // GTPv1 keeps each direction's latest verdict; Teredo remembers a valid one.
    if (isOrig) outer.validOrig = r.valid || (outer.validOrig && kind === UDP_TUNNEL_TEREDO);
    else outer.validResp = r.valid || (outer.validResp && kind === UDP_TUNNEL_TEREDO);
  }
  if (r.valid && !outer.confirmed && (!k.bothWays || (outer.validOrig && outer.validResp))) {
    outer.confirmed = true;
    setAdd(c.service, k.service);
  }
  if (inner === null) return;
  t.process(inner);
  // vxlan_packet / geneve_packet (outer connection, inner header, VNI) after the inner packet's own events.
  if (kind === UDP_TUNNEL_VXLAN || kind === UDP_TUNNEL_GENEVE) {
    const name = kind === UDP_TUNNEL_VXLAN ? 'vxlan_packet' : 'geneve_packet';
    if (s.tracker.events.has(name)) {
      const d = pkt.data;
      const o = pkt.payloadOff;
      raise(s, name, buildPktHdr(inner), (d[o + 4] << 16) | (d[o + 5] << 8) | d[o + 6]);
    }
  }
}

/**
 * A UDP packet on a port no tunnel owns: Teredo and AYIYA are still recognised by
 * their payload (`detectUdpTunnel`, Zeek's protocol detection), packet by packet.
 *
 * ## Example
 * ```ts
 * if (kind === 0 && pkt.payloadCap >= 3) udpTunnelByPayload(s, pkt, isOrig);
 * ```
 */
export function udpTunnelByPayload(s: Session, pkt: Packet, isOrig: boolean): void {
  const kind = detectUdpTunnel(pkt);
  if (kind !== 0) udpTunnel(s, pkt, isOrig, kind);
}
