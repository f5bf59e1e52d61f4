import type { Port } from '../runtime/port';
import type { Connection, ConnId } from './records';
import type { Ip6ExtHdr } from './pktHdr';

/** `icmp_info` (engine.md 1.11). */
export interface IcmpInfo {
  v6: boolean;
  itype: number;
  icode: number;
  /** ICMP payload length after the 8-byte header, from the IP length. */
  len: number;
  /** IPv4 TTL / IPv6 hop limit. */
  ttl: number;
}

/** `icmp_context`: the packet quoted by an ICMP error (engine.md 1.11). */
export interface IcmpContext {
  id: ConnId;
  len: number;
  /** Transport as a count: 0 unknown, 1 tcp, 2 udp, 3 icmp. */
  proto: number;
  frag_offset: number;
  bad_hdr_len: boolean;
  bad_checksum: boolean;
  MF: boolean;
  DF: boolean;
}

/** `SYN_packet` of `connection_SYN_packet` (engine.md 3.2). */
export interface SynPacket {
  is_orig: boolean;
  DF: boolean;
  ttl: number;
  size: number;
  win_size: number;
  win_scale: number;
  MSS: number;
  SACK_OK: boolean;
  TSval?: number;
  TSecr?: number;
}

/** `pkt_hdr` of `new_packet`: the IP header (its own addresses) and the transport header fields; ports are `runtime/port` values. */
export interface PktHdr {
  ip?: { hl: number; tos: number; len: number; id: number; ttl: number; p: number; src: string; dst: string };
  ip6?: { class: number; flow: number; len: number; nxt: number; hlim: number; src: string; dst: string; exts: Ip6ExtHdr[] };
  tcp?: { sport: Port; dport: Port; seq: number; ack: number; hl: number; dl: number; reserved: number; flags: number; win: number };
  udp?: { sport: Port; dport: Port; ulen: number };
  icmp?: { icmp_type: number };
}

/**
 * The core events of the connection layer with their argument lists (engine.md
 * 3.2, 1.11, 1.13). Ports are `runtime/port` values, times seconds.
 */
export interface ConnEvents {
  new_connection: [c: Connection];
  new_connection_contents: [c: Connection];
  connection_flipped: [c: Connection];
  connection_reused: [c: Connection];
  connection_attempt: [c: Connection];
  connection_established: [c: Connection];
  partial_connection: [c: Connection];
  connection_rejected: [c: Connection];
  connection_reset: [c: Connection];
  connection_finished: [c: Connection];
  connection_half_finished: [c: Connection];
  connection_partial_close: [c: Connection];
  connection_pending: [c: Connection];
  connection_timeout: [c: Connection];
  connection_state_remove: [c: Connection];
  connection_first_ACK: [c: Connection];
  connection_SYN_packet: [c: Connection, pkt: SynPacket];
  connection_EOF: [c: Connection, is_orig: boolean];
  content_gap: [c: Connection, is_orig: boolean, seq: number, length: number];
  tcp_packet: [c: Connection, is_orig: boolean, flags: string, seq: number, ack: number, len: number, payload: string];
  tcp_contents: [c: Connection, is_orig: boolean, seq: number, contents: string];
  tcp_option: [c: Connection, is_orig: boolean, opt: number, optlen: number];
  udp_contents: [u: Connection, is_orig: boolean, contents: string];
  udp_session_done: [u: Connection];
  connection_status_update: [c: Connection];
  connection_flow_label_changed: [c: Connection, is_orig: boolean, old_label: number, new_label: number];
  tcp_multiple_checksum_errors: [c: Connection, is_orig: boolean, threshold: number];
  tcp_multiple_retransmissions: [c: Connection, is_orig: boolean, threshold: number];
  tcp_multiple_zero_windows: [c: Connection, is_orig: boolean, threshold: number];
  tcp_multiple_gap: [c: Connection, is_orig: boolean, threshold: number];
  udp_request: [u: Connection];
  udp_reply: [u: Connection];
  udp_multiple_checksum_errors: [u: Connection, is_orig: boolean, threshold: number];
  icmp_echo_request: [c: Connection, info: IcmpInfo, id: number, seq: number, payload: string];
  icmp_echo_reply: [c: Connection, info: IcmpInfo, id: number, seq: number, payload: string];
  icmp_unreachable: [c: Connection, info: IcmpInfo, code: number, context: IcmpContext];
  icmp_time_exceeded: [c: Connection, info: IcmpInfo, code: number, context: IcmpContext];
  icmp_packet_too_big: [c: Connection, info: IcmpInfo, code: number, context: IcmpContext];
  icmp_parameter_problem: [c: Connection, info: IcmpInfo, code: number, context: IcmpContext];
  icmp_error_message: [c: Connection, info: IcmpInfo, code: number, context: IcmpContext];
  icmp_sent: [c: Connection, info: IcmpInfo];
  icmp_sent_payload: [c: Connection, info: IcmpInfo, payload: string];
  new_packet: [c: Connection, p: PktHdr];
  ipv6_ext_headers: [c: Connection, p: PktHdr];
  rexmit_inconsistency: [c: Connection, t1: string, t2: string, tcp_flags: string];
  packet_contents: [c: Connection, contents: string];
  conn_weird: [name: string, c: Connection, addl: string, source: string];
  flow_weird: [name: string, src: string, dst: string, addl: string, source: string];
  net_weird: [name: string, addl: string, source: string];
}

export type ConnEventName = keyof ConnEvents;

/**
 * What the connection layer needs from the event engine (`src/events`): ask
 * whether an event has handlers, and queue it. Events without handlers are
 * never raised and their arguments never built (engine.md 3.1, 2.4).
 */
export interface ConnEventSink {
  has(name: string): boolean;
  raise(name: string, ...args: unknown[]): void;
  /**
   * Changes whenever `has()` may answer differently (the event engine's
   * `handlerVersion`); lets the tracker cache `has()` of its per-packet events.
   * Without it they are asked for every packet.
   */
  readonly handlerVersion?: number;
}

/** Payload bytes as a Bro `string` (one char per byte, as Zeek's raw strings). */
export function bytesToBroString(buf: Buffer, off: number, len: number): string {
  return buf.toString('latin1', off, off + len);
}
