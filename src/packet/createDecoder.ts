import { TraceRecord } from '../input/TraceRecord';
import { createPacket } from './createPacket';
import { DecodeContext, UnknownProtocolSink } from './DecodeContext';
import { decodeIp } from './decodeIp';
import { decodeLink } from './decodeLink';
import { createFragmentTable, expireFragments } from './fragmentTable';
import { Packet } from './Packet';
import { WeirdSink } from './Weird';

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
  };
  return {
    decode: (rec) => decodeRecord(ctx, rec),
    pendingFragments: () => ctx.frags.byKey.size,
    bufferedFragmentBytes: () => ctx.frags.bytes,
  };
}

function decodeRecord(ctx: DecodeContext, rec: TraceRecord): Packet | null {
  const p = ctx.pkt;
  resetPacket(p, rec);
  if (rec.ts > ctx.netTime) ctx.netTime = rec.ts;
  if (ctx.frags.byKey.size > 0) expireFragments(ctx.frags, ctx.netTime);
  const ipOff = decodeLink(ctx, rec.linkType);
  if (ipOff < 0) return null;
  return decodeIp(ctx, ipOff) ? p : null;
}

/** Resets every field a previous packet may have set, in declaration order. */
function resetPacket(p: Packet, rec: TraceRecord): void {
  const data = rec.data;
  p.ts = rec.ts;
  p.caplen = rec.caplen < data.length ? rec.caplen : data.length;
  p.len = rec.len;
  p.data = data;
  p.l2DstOff = -1;
  p.l2SrcOff = -1;
  p.vlan = -1;
  p.innerVlan = -1;
  p.ipVersion = 0;
  p.ipOff = 0;
  p.ipHdrLen = 0;
  p.ipTotalLen = 0;
  p.ttl = 0;
  p.ipId = 0;
  p.flowLabel = 0;
  p.df = false;
  p.reassembled = false;
  p.addrBuf = data;
  p.srcOff = 0;
  p.dstOff = 0;
  p.src4 = 0;
  p.dst4 = 0;
  p.proto = 0;
  p.l4Off = 0;
  p.l4Len = 0;
  p.l4Cap = 0;
  p.srcPort = 0;
  p.dstPort = 0;
  p.tcpFlags = 0;
  p.seq = 0;
  p.ack = 0;
  p.window = 0;
  p.tcpHdrLen = 0;
  p.icmpType = 0;
  p.icmpCode = 0;
  p.payloadOff = 0;
  p.payloadLen = 0;
  p.payloadCap = 0;
}
