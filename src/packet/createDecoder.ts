import { TraceRecord } from '../input/TraceRecord';
import { createPacket, resetPacket } from './createPacket';
import { DecodeContext, UnknownProtocolSink } from './DecodeContext';
import { decodeIp } from './decodeIp';
import { decodeLink } from './decodeLink';
import { createFragmentTable, expireFragments } from './fragmentTable';
import { Packet } from './Packet';
import { WeirdSink } from './Weird';
import type { EncapsulatingConn } from './Encapsulation';
import { createTunnelDecoding, decodeUdpTunnel, type TunnelDecodeOptions, type UdpTunnelOutcome } from './tunnelDecoding';

export interface DecoderOptions {
  /** `-C`: skip every checksum check; a zero IPv4 total length falls back to the captured length. Default false. */
  ignoreChecksums?: boolean;
  /** Receives every weird (engine.md 1.13); called synchronously inside `decode`. */
  onWeird: WeirdSink;
  /**
   * `ignore_checksums_nets`: a packet with a bad IP header (or Mobility) checksum for
   * which this returns true is decoded as if it were right (asked only when one is bad).
   */
  checksumExempt?: (pkt: Packet) => boolean;
  /** Fragment timeout in seconds of network time (Zeek's `frag_timeout`); 0 keeps fragments forever. Default 300. */
  fragTimeout?: number;
  /** Bound on payload bytes buffered for reassembly; the oldest datagrams are dropped first. Default 64 MiB. */
  maxFragmentBytes?: number;
  /** Called for an EtherType/link protocol no analyzer handles (Zeek's `unknown_protocol` event). */
  onUnknownProtocol?: UnknownProtocolSink;
  /**
   * Decapsulate tunnels (engine.md 1.14): IP-in-IP and GRE here, the UDP tunnels through
   * `decodeUdpTunnel`. Absent: IP protocols 4, 41 and 47 are unknown transports, as before.
   */
  tunnels?: TunnelDecodeOptions;
}

export interface Decoder {
  /**
   * Decodes one record into the decoder's one reusable `Packet` and returns it,
   * or returns null when the packet stops before the connection layer (weird
   * reported, unknown or out-of-scope protocol, fragment buffered).
   */
  decode(rec: TraceRecord): Packet | null;
  /** Datagrams currently being reassembled. */
  pendingFragments(): number;
  /** Payload bytes currently buffered for reassembly. */
  bufferedFragmentBytes(): number;
  /**
   * The inner packet of a UDP tunnel payload (`UDP_TUNNEL_VXLAN`, `UDP_TUNNEL_GENEVE`) in
   * `pkt`, a packet this decoder returned; `ec` is its connection's tunnel record. Null when
   * there is none: `lastTunnel` then tells whether the header parsed or was bad. Always
   * null without the `tunnels` option.
   */
  decodeUdpTunnel(pkt: Packet, kind: number, ec: EncapsulatingConn): Packet | null;
  /** After `decodeUdpTunnel`: what it found out about the outer connection (see `UdpTunnelOutcome`). */
  readonly lastTunnel: UdpTunnelOutcome;
}

/**
 * Creates a packet decoder: link layer, IPv4/IPv6 with extension headers and
 * fragment reassembly, transport header fields (engine.md section 1).
 *
 * Decoding an ordinary packet allocates nothing: every call refills the same
 * `Packet` (numeric offsets into the record's bytes), so a consumer that keeps
 * anything past the call must copy it. Weird objects are allocated only when a
 * weird happens, and reassembly copies fragment bytes.
 *
 * ## Example
 * ```ts
 * const decoder = createDecoder({ ignoreChecksums: false, onWeird: (w) => weirds.push(w) });
 * for await (const rec of readTrace(path)) {
 *   const pkt = decoder.decode(rec);
 *   if (pkt !== null && pkt.proto === 6) console.log(pkt.srcPort, '->', pkt.dstPort);
 * }
 * ```
 */
export function createDecoder(options: DecoderOptions): Decoder {
  const ctx: DecodeContext = {
    pkt: createPacket(),
    ignoreChecksums: options.ignoreChecksums ?? false,
    checksumExempt: options.checksumExempt ?? null,
    onWeird: options.onWeird,
    onUnknownProtocol: options.onUnknownProtocol ?? null,
    frags: createFragmentTable(options.fragTimeout ?? 300, options.maxFragmentBytes ?? 64 * 1024 * 1024),
    netTime: 0,
    depth: 0,
    vlanTags: 0,
    v6NextProto: 0,
    v6FragOff: -1,
    v6FragNhOff: -1,
    v6LastHdr: 0,
    v6LastOff: 0,
    tunnels: null,
    weirdSuffix: '',
    innerResult: null,
  };
  // Decided once: without tunnels a record decodes exactly as before.
  const t = options.tunnels ? createTunnelDecoding(options.tunnels, ctx) : null;
  ctx.tunnels = t;
  return {
    decode: (rec) => decodeRecord(ctx, rec),
    pendingFragments: () => ctx.frags.byKey.size,
    bufferedFragmentBytes: () => ctx.frags.bytes,
    decodeUdpTunnel: (pkt, kind, ec) => (t === null ? null : decodeUdpTunnel(t, pkt, kind, ec)),
    lastTunnel: t ?? { valid: false, violated: false, connWeird: '', connWeirdForced: false, depthExceeded: false },
  };
}


function decodeRecord(ctx: DecodeContext, rec: TraceRecord): Packet | null {
  const p = ctx.pkt;
  resetPacket(p, rec.ts, rec.data, rec.caplen, rec.len);
  if (rec.ts > ctx.netTime) ctx.netTime = rec.ts;
  if (ctx.frags.byKey.size > 0) expireFragments(ctx.frags, ctx.netTime);
  const ipOff = decodeLink(ctx, rec.linkType);
  if (ipOff < 0) return null;
  if (!decodeIp(ctx, ipOff)) return null;
  // A tunnel (IP-in-IP, GRE) leaves its innermost packet here; one null test otherwise.
  const inner = ctx.innerResult;
  if (inner === null) return p;
  ctx.innerResult = null;
  return inner;
}
