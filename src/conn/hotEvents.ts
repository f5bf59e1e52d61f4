import type { ConnEventSink } from './events';

/**
 * Whether the events a single packet may raise have handlers, read once per
 * change of the sink's handlers instead of with a name lookup per packet.
 * Connection-lifecycle events keep calling `has()`: they are rare.
 */
export interface HotEvents {
  /** The sink's `handlerVersion` these flags were read at; -1 = never (or a sink without versions). */
  version: number;
  newPacket: boolean;
  ipv6ExtHeaders: boolean;
  packetContents: boolean;
  tcpPacket: boolean;
  tcpOption: boolean;
  flowLabelChanged: boolean;
  udpRequest: boolean;
  udpReply: boolean;
  udpContents: boolean;
  /** Keeps copies of delivered-but-unacknowledged TCP data to compare retransmissions with. */
  rexmitInconsistency: boolean;
}

/**
 * Flags that are all false until the first `refreshHotEvents`.
 *
 * ## Example
 * ```ts
 * const hot = createHotEvents(); hot.tcpPacket; // false
 * ```
 */
export function createHotEvents(): HotEvents {
  return {
    version: -1,
    newPacket: false,
    ipv6ExtHeaders: false,
    packetContents: false,
    tcpPacket: false,
    tcpOption: false,
    flowLabelChanged: false,
    udpRequest: false,
    udpReply: false,
    udpContents: false,
    rexmitInconsistency: false,
  };
}

/**
 * Re-reads the flags if the sink's handlers changed since the last call. A sink
 * without `handlerVersion` (a hand-written test double) is asked every time,
 * since nothing tells when its answers change.
 *
 * ## Example
 * ```ts
 * refreshHotEvents(hot, events); // once per packet, before analysing it
 * if (hot.newPacket) raise(s, 'new_packet', buildPktHdr(pkt));
 * ```
 */
export function refreshHotEvents(hot: HotEvents, sink: ConnEventSink): void {
  const v = sink.handlerVersion;
  if (v !== undefined && v === hot.version) return;
  hot.version = v ?? -1;
  hot.newPacket = sink.has('new_packet');
  hot.ipv6ExtHeaders = sink.has('ipv6_ext_headers');
  hot.packetContents = sink.has('packet_contents');
  hot.tcpPacket = sink.has('tcp_packet');
  hot.tcpOption = sink.has('tcp_option');
  hot.flowLabelChanged = sink.has('connection_flow_label_changed');
  hot.udpRequest = sink.has('udp_request');
  hot.udpReply = sink.has('udp_reply');
  hot.udpContents = sink.has('udp_contents');
  hot.rexmitInconsistency = sink.has('rexmit_inconsistency');
}
