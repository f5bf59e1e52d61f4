import { Packet } from './Packet';

/**
 * Creates a `Packet` with every field present and neutral.
 *
 * Fields are written in one fixed order so that every packet object shares one
 * V8 hidden class; the decoder fills one such object per call.
 *
 * ## Example
 * ```ts
 * const pkt = createPacket();
 * pkt.vlan; // -1
 * ```
 */
export function createPacket(): Packet {
  return {
    ts: 0,
    caplen: 0,
    len: 0,
    data: EMPTY,
    l2DstOff: -1,
    l2SrcOff: -1,
    vlan: -1,
    innerVlan: -1,
    ipVersion: 0,
    ipOff: 0,
    ipHdrLen: 0,
    ipTotalLen: 0,
    ttl: 0,
    ipId: 0,
    flowLabel: 0,
    df: false,
    reassembled: false,
    addrBuf: EMPTY,
    srcOff: 0,
    dstOff: 0,
    src4: 0,
    dst4: 0,
    proto: 0,
    l4Off: 0,
    l4Len: 0,
    l4Cap: 0,
    srcPort: 0,
    dstPort: 0,
    tcpFlags: 0,
    seq: 0,
    ack: 0,
    window: 0,
    tcpHdrLen: 0,
    icmpType: 0,
    icmpCode: 0,
    payloadOff: 0,
    payloadLen: 0,
    payloadCap: 0,
    encap: null,
  };
}

/**
 * Resets every field a previous packet may have set, in declaration order, for a
 * new frame `data` (`encap` is the caller's: outer packets never change theirs).
 *
 * ## Example
 * ```ts
 * resetPacket(pkt, rec.ts, rec.data, rec.caplen, rec.len);
 * ```
 */
export function resetPacket(p: Packet, ts: number, data: Buffer, caplen: number, len: number): void {
  p.ts = ts;
  p.caplen = caplen < data.length ? caplen : data.length;
  p.len = len;
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

const EMPTY = Buffer.alloc(0);
