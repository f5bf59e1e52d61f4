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
  };
}

const EMPTY = Buffer.alloc(0);
