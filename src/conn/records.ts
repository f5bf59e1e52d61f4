import type { Port } from '../runtime/port';
import type { SetValue } from '../runtime/table';

/**
 * Bro's `conn_id` (engine.md 2.3): the connection's 5-tuple in its *current*
 * orientation (a flip rewrites it in place). Addresses are canonical text.
 */
export interface ConnId {
  orig_h: string;
  orig_p: Port;
  resp_h: string;
  resp_p: Port;
  /** IP protocol number (6, 17, 1, 58, ...). */
  proto: number;
  /** `conn_id_ctx`: always the empty record in rxbro. */
  ctx: Record<string, never>;
}

/** Bro's `endpoint` record (engine.md 2.3), refreshed as 2.4 says. */
export interface Endpoint {
  /** Bytes sent: TCP from sequence numbers, UDP/ICMP from lengths (2.8). */
  size: number;
  /** TCP endpoint state 0..6 (2.6); UDP/ICMP 0 or 1. */
  state: number;
  num_pkts: number;
  num_bytes_ip: number;
  /** IPv6 flow label last seen from this endpoint, 0 for IPv4. */
  flow_label: number;
  /** MAC address `xx:xx:xx:xx:xx:xx`, unset when unavailable. */
  l2_addr?: string;
}

/**
 * Bro's `connection` record (engine.md 2.3): one mutable object per connection,
 * the same object in every event, refreshed at event-raise time (2.4).
 * Scripts may add fields (e.g. `conn`), hence the index signature.
 */
export interface Connection {
  id: ConnId;
  orig: Endpoint;
  resp: Endpoint;
  /** Time of the first packet (seconds). */
  start_time: number;
  /** `last_time - start_time` (seconds). */
  duration: number;
  /** Names of confirmed protocols (`set[string]`). */
  service: SetValue;
  history: string;
  uid: string;
  vlan?: number;
  inner_vlan?: number;
  [scriptField: string]: unknown;
}

/** TCP endpoint states (engine.md 2.6); the values are Bro's script constants. */
export const TCP_INACTIVE = 0;
export const TCP_SYN_SENT = 1;
export const TCP_SYN_ACK_SENT = 2;
export const TCP_PARTIAL = 3;
export const TCP_ESTABLISHED = 4;
export const TCP_CLOSED = 5;
export const TCP_RESET = 6;
