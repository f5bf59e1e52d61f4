import type { Subject } from 'rxjs';
import type { Packet } from '../packet/Packet';
import type { EncapStack } from '../packet/Encapsulation';
import type { ConnTunnels } from './tunnels';
import type { Weird } from '../packet/Weird';
import type { ConnEventSink } from './events';
import type { HotEvents } from './hotEvents';
import type { ConnOptions } from './options';
import type { Reassembler } from './reassembler';
import type { Connection, Endpoint } from './records';
import type { SessionKey } from './sessionKey';
import type { SessionTable } from './sessionTable';
import type { UidSource } from './uid';
import type { SampleCount, WeirdSampling } from './weirdSampling';

/** What the connection layer needs from the scheduler (`src/time`'s `NetworkTimeScheduler` fits). */
export interface ConnScheduler {
  readonly networkTime: number;
  readonly terminating: boolean;
  at<S>(due: number, fn: (state: S, now: number) => void, state?: S): unknown;
  /** Re-arms a timer that has run, reusing its handle (`NetworkTimeScheduler.rearm`); optional. */
  rearm?<S>(handle: never, due: number, fn: (state: S, now: number) => void, state?: S): unknown;
  /** Makes a timer re-arm itself every `period` without running (`NetworkTimeScheduler.setQuietPeriod`); optional. */
  setQuietPeriod?(handle: never, period: number): boolean;
  /** Gives a handle up for reuse by later timers (`NetworkTimeScheduler.release`); optional. */
  release?(handle: never): void;
  cancel(handle: never): boolean;
  isPending?(handle: never): boolean;
  advanceTo(t: number): number;
  flushAll(): number;
}

/** Session kinds. */
export const KIND_TCP = 0;
export const KIND_UDP = 1;
export const KIND_ICMP = 2;
export const KIND_OTHER = 3;

/**
 * Internal per-endpoint state; `rec` is the script-visible `endpoint` record,
 * built with the connection record (null until then).
 */
export interface EndpointState extends Reassembler {
  rec: Endpoint | null;
  /** MAC address as a 48-bit number (first packet's source/destination), -1 if none. */
  mac: number;
  isOrig: boolean;
  numPkts: number;
  numBytesIp: number;
  flowLabel: number;
  /** UDP/ICMP/other: payload bytes; TCP computes its size from sequence numbers. */
  size: number;
  /** TCP endpoint state, or 0/1 for the others. */
  state: number;
  prevState: number;
  /**
   * TCP: the initial sequence number as a signed 32-bit value (`isn >>> 0` is
   * the unsigned one). `last` and `ackd` are offsets from it, unfolded past
   * wrap-arounds: the highest sequence number seen + 1 and the highest one the
   * peer acknowledged. Kept as offsets so all three stay small integers in the
   * object (absolute 64-bit positions were boxed heap numbers, each a separate
   * object read on every packet).
   */
  isn: number;
  last: number;
  ackd: number;
  finCnt: number;
  rstCnt: number;
  /** Relative sequence number of the FIN octet (end of data). */
  finRel: number;
  histLastSyn: number;
  histLastFin: number;
  histLastRst: number;
  didClose: boolean;
  closePending: boolean;
  closeGenEvent: boolean;
  didEOF: boolean;
  chkCnt: number;
  chkThresh: number;
  rxmtCnt: number;
  rxmtThresh: number;
  winCnt: number;
  winThresh: number;
  gapCnt: number;
  gapThresh: number;
  sawPacket: boolean;
  /**
   * This direction's stream reassembler (TCP), or null. It is the endpoint
   * itself: the reassembler's fields live in this object, so a packet reads one
   * object per endpoint instead of two.
   */
  reasm: Reassembler | null;
}

/**
 * Internal per-connection state. `rec` is the one script-visible `connection`
 * record, built on first need (`connRec`): a handled event, a conn weird, a hook,
 * or removal with a conn.log writer. Until then the session holds the plain
 * values it is made from.
 */
export interface Session extends SessionKey {
  kind: number;
  rec: Connection | null;
  uid: string;
  vlan: number;
  innerVlan: number;
  /** True when the originator is key endpoint A. */
  origIsA: boolean;
  orig: EndpointState;
  resp: EndpointState;
  startTime: number;
  lastTime: number;
  hist: string;
  histSeen: number;
  missedBytes: number;
  inactivityTimeout: number;
  inactivityTimer: unknown;
  /** The TCP analyzer's own timers (expire, attempt, partial close, reset), cancelled together. */
  tcpTimers: unknown[];
  /** The expire timers among `tcpTimers` (usually one; a half close adds a second chain). */
  expireTimers: unknown[];
  /**
   * True while the expire check cannot remove the connection whatever the
   * time (no side closed, not both inactive): its expire timers are then quiet.
   */
  expireQuiet: boolean;
  deleteTimer: unknown;
  dnsTimer: unknown;
  statusTimer: unknown;
  /** TCP: still "active" (no finished/reset/attempt yet; 3.5). */
  active: boolean;
  /** TCP: partial connection (4.3). */
  partial: boolean;
  seenFirstAck: boolean;
  removed: boolean;
  /** Conn weirds by name, for rate limiting (weirdSampling.ts); created at the first. */
  weirdCounts: Map<string, SampleCount> | null;
  /**
   * Zeek's `c$successful`: TCP once the handshake got past a lone SYN (or SYN-ACK), other protocols from
   * their first packet. Kept only when a script asks (`trackSuccessful`).
   */
  successful: boolean;
  /** The tunnels of the connection's latest packet, outermost first; null outside tunnels (engine.md 1.14). */
  encap: EncapStack | null;
  /** conn.log `tunnel_parents`: UIDs of the innermost tunnels the connection was seen in; null if none. */
  tunnelParents: string[] | null;
  tracker: TrackerCore;
}

/** A lifecycle update on `connections$`. */
export interface ConnectionUpdate {
  kind: 'new' | 'established' | 'removed';
  conn: Connection;
  /** Network time of the update. */
  ts: number;
}

/** Stream-delivery hooks for signatures and analyzers (engine.md 4.3). */
export interface StreamHooks {
  /** In-order reassembled chunk; `data` is valid only during the call (copy to keep). */
  onStreamData?: (c: Connection, isOrig: boolean, data: Buffer, seq: number) => void;
  /** Data acknowledged but never seen. */
  onStreamGap?: (c: Connection, isOrig: boolean, seq: number, len: number) => void;
}

/** Zeek's `ConnStats` (the record `get_conn_stats()` returns), for the connection part. */
export interface ConnStats {
  total_conns: number;
  current_conns: number;
  num_tcp_conns: number;
  max_tcp_conns: number;
  cumulative_tcp_conns: number;
  num_udp_conns: number;
  max_udp_conns: number;
  cumulative_udp_conns: number;
  num_icmp_conns: number;
  max_icmp_conns: number;
  cumulative_icmp_conns: number;
  killed_by_inactivity: number;
}

/** The tracker's internals shared by the per-protocol modules. */
export interface TrackerCore extends StreamHooks {
  opts: ConnOptions;
  scheduler: ConnScheduler;
  events: ConnEventSink;
  /** `events.has()` of the per-packet events, refreshed before each packet. */
  hot: HotEvents;
  ignoreChecksums: boolean;
  /** `ignore_checksums_nets` (see `ConnectionTrackerOptions.checksumExempt`). */
  checksumExempt: ((pkt: Packet) => boolean) | undefined;
  onWeird: ((w: Weird, c?: Connection) => void) | undefined;
  /** Weird rate limiting (1.13): the run's settings, and the counts of net, flow and global-list weirds. */
  sampling: WeirdSampling;
  scopedWeirdCounts: Map<string, SampleCount>;
  /** `connection_successful` / `successful_connection_remove` / `c$successful` are used: keep `successful`. */
  trackSuccessful: boolean;
  onRemove: ((c: Connection, missedBytes: number) => void) | undefined;
  /** Writes the conn.log row of a removed session (after `onRemove`); set from `onConnLog`. */
  logRemoved: ((s: Session) => void) | undefined;
  updates: Subject<ConnectionUpdate>;
  table: SessionTable<Session>;
  active: number;
  totalBuffered: number;
  stats: ConnStats;
  /** Zeek's TCP-States matrix (2.7): live TCP connections by [orig state][resp state]. */
  tcpStates: number[][];
  /** Internal state of removed connections, recycled for new ones (never script-visible). */
  pool: Session[];
  nextUid: UidSource;
  /** Whether reassembled TCP data of this direction goes to `tcp_contents` (4.2). */
  tcpContents(s: Session, isOrig: boolean): boolean;
  /** Called for every valid packet of a connection after its transport analysis. */
  onPacket: ((c: Connection, isOrig: boolean, pkt: Packet) => void) | undefined;
  /** Called for every valid ICMP packet before its `icmp_*` event. */
  onIcmpHeader: ((c: Connection, isOrig: boolean, pkt: Packet) => void) | undefined;
  /** Tunnel decapsulation (tunnels.ts), null when the run does not decode tunnels. */
  tunnels: ConnTunnels | null;
}
