import { Observable, Subject } from 'rxjs';
import type { Packet } from '../packet/Packet';
import { nameTimerCallback } from '../time/timerTypeNames';
import { hasIpv6ExtHeaders } from '../packet/ipv6ExtHeaders';
import { TCP_ACK, TCP_SYN } from '../packet/Packet';
import type { Weird, WeirdSink } from '../packet/Weird';
import { icmpChecksumOk, udpChecksumOk } from '../packet/checksum';
import { makePort, PORT_TCP, PORT_UDP, portNumber, portProto, type Port } from '../runtime/port';
import { bytesToBroString, ConnEventSink } from './events';
import { icmpContext, icmpCounterpart, icmpInfo } from './icmp';
import { ConnOptions, resolveConnOptions } from './options';
import { buildPktHdr } from './pktHdr';
import type { Connection } from './records';
import {
  ConnectionUpdate,
  ConnScheduler,
  ConnStats,
  EndpointState,
  KIND_ICMP,
  KIND_OTHER,
  KIND_TCP,
  KIND_UDP,
  Session,
  StreamHooks,
  TrackerCore,
} from './session';
import { createProbe, keyAddresses, keyBytes, NO_ADDR, probeKey } from './sessionKey';
import { SessionTable } from './sessionTable';
import {
  checkHistory,
  connRec,
  connWeird,
  HIST_DATA,
  inactivityTimer as inactivityTimerFn,
  setInactivityTimeout,
  origPortNumber,
  raise,
  refresh,
  removeConn,
  respPortNumber,
  scaledHistory,
} from './sessionOps';
import { macNumber } from './addrText';
import { isTcpReuse, startTcpTimers, tcpPacket, updateExpireQuiet } from './tcp';
import { createEndpointState, resetEndpointState } from './tcpSeq';
import { createUidSource, UidSource } from './uid';
import type { ConnLogRow } from './connLog';
import type { ConnLogByteWriter } from './connLogBytes';
import { DEFAULT_LOCAL_NETS, parseAddr, Subnet } from './localNets';
import { createHotEvents, refreshHotEvents } from './hotEvents';
import { sessionConnLogRow } from './sessionConnLog';
import { afterPacketSuccessful } from './successful';
import { defaultUdpTunnelPorts, encapChanged, encapSeen, startEncap, udpTunnel, udpTunnelByPayload, type TunnelTrackingOptions } from './tunnels';
import { defaultWeirdSampling, permitScoped, type SampleCount, type WeirdSampling } from './weirdSampling';

/** The session-level conn.log hook for `connLogWriter` or `onConnLog` (one closure per tracker, none per connection). */
function logRemovedFor(
  writer: ConnLogByteWriter | undefined,
  onConnLog: ((row: ConnLogRow) => void) | undefined,
  nets: readonly Subnet[],
  macs: boolean,
): ((s: Session) => void) | undefined {
  if (writer) return (s) => writer.writeSession(s, nets, macs);
  return onConnLog ? (s) => onConnLog(sessionConnLogRow(s, nets, macs)) : undefined;
}

/** Options of `createConnectionTracker`. */
export interface ConnectionTrackerOptions extends StreamHooks {
  /** The run's network-time scheduler (`src/time`). */
  scheduler: ConnScheduler;
  /** The event engine (`src/events`), or anything with `has`/`raise` (and optionally `drain`). */
  events: ConnEventSink & { drain?(): unknown };
  /** Receives every weird (net, flow, conn); conn weirds come with their connection. */
  onWeird?: (w: Weird, c?: Connection) => void;
  /** Weird rate limiting (1.13; `Weird::sampling_*`); Zeek's defaults when absent. The object stays live. */
  weirdSampling?: WeirdSampling;
  /**
   * Keep Zeek's `successful` flag: `connection_successful`, `successful_connection_remove`, `c$successful`.
   * Decided once, at start-up, from what the scripts use; off, no packet pays for it.
   */
  trackSuccessful?: boolean;
  /** `-C`: skip TCP/UDP/ICMP checksum checks. */
  ignoreChecksums?: boolean;
  /**
   * `ignore_checksums_nets`: a packet with a bad TCP/UDP/ICMP checksum for which
   * this returns true is analysed as if the checksum were right (asked only
   * when a checksum is bad).
   */
  checksumExempt?: (pkt: Packet) => boolean;
  /** Zeek's tunables (Appendix A); unspecified ones keep their defaults. */
  options?: Partial<ConnOptions>;
  /**
   * Called once per removed connection, right before `connection_pending`/`connection_state_remove`
   * are raised: Zeek shuts the analyzers down first (3.5), so events queued here (end-of-stream
   * `signature_match`) come before them; the record is final (e.g. to write conn.log).
   */
  onRemove?: (c: Connection, missedBytes: number) => void;
  /**
   * Called once per removed connection with its conn.log row, right after `onRemove`. Cheaper
   * than building the row in `onRemove`: a connection whose record was never needed (no handled
   * event, weird or hook) gets its row from the plain session state, without a `Connection`.
   */
  onConnLog?: (row: ConnLogRow) => void;
  /**
   * Instead of `onConnLog: (row) => writer.write(row)`: the same conn.log bytes, but a connection
   * without a record has its line formatted straight from the session (no row object, IPv4
   * addresses as digits from numbers; `ConnLogByteWriter.writeSession`). Takes precedence over `onConnLog`.
   */
  connLogWriter?: ConnLogByteWriter;
  /** `Site::local_nets` for the `local_orig`/`local_resp` columns of `onConnLog` rows (default: private space). */
  localNets?: readonly Subnet[];
  /** Fill `orig_l2_addr`/`resp_l2_addr` of `onConnLog` rows (policy/protocols/conn/mac-logging). */
  connLogMacs?: boolean;
  /** Called for every valid packet of a connection after its transport analysis (signatures). */
  onPacket?: (c: Connection, isOrig: boolean, pkt: Packet) => void;
  /**
   * Called for every valid ICMP packet before its `icmp_*` event (then `onPacket` after it): Zeek
   * initialises a direction's signature matcher there, so header-only matches come first (3.3, 5.9).
   */
  onIcmpHeader?: (c: Connection, isOrig: boolean, pkt: Packet) => void;
  /** Hand out the documented btest UIDs in order (engine.md 2.5). */
  deterministicUids?: boolean;
  /** Custom UID source (overrides `deterministicUids`). */
  uids?: UidSource;
  /**
   * Decapsulate tunnels (engine.md 1.14; `tunnels.ts`): connections follow their packets'
   * encapsulation, UDP tunnel payloads go back through the decoder. Absent: nothing of it runs.
   */
  tunnels?: TunnelTrackingOptions;
}

/** The connection layer: sessions, state machines, timers, reassembly, core events. */
export interface ConnectionTracker {
  /**
   * Analyses one decoded packet: advances network time to its timestamp (timers
   * due run first), finds or creates its connection and raises the core events.
   * The caller drains the event queue afterwards.
   */
  process(pkt: Packet): void;
  /**
   * End of input (engine.md 3.6 steps 4–8): terminating timer flush, drain,
   * removal of every remaining connection in key order, drain.
   */
  finishAll(): void;
  /** Connections alive now. */
  readonly activeCount: number;
  /** Bytes buffered by all TCP reassemblers now. */
  readonly bufferedBytes: number;
  /** The sink to give the packet decoder: raises `net_weird`/`flow_weird` (1.13). */
  readonly weirdSink: WeirdSink;
  /** Lifecycle updates (new / established / removed); costs nothing unobserved. */
  readonly connections$: Observable<ConnectionUpdate>;
  /** The resolved tunables. */
  readonly options: Readonly<ConnOptions>;
  /** Every live connection record (tests, debugging; builds a record for each). */
  connections(): Connection[];
  /**
   * The live connection with this 5-tuple, in either orientation, found through
   * the session table (no scan): `connection_exists`, `lookup_connection`. The
   * IP protocol comes from the ports' transport (`id.proto` when it is unknown).
   *
   * ## Example
   * ```ts
   * tracker.lookup({ orig_h: '10.0.0.1', orig_p: makePort(1234, PORT_TCP), resp_h: '10.0.0.2', resp_p: makePort(80, PORT_TCP) });
   * ```
   */
  lookup(id: { orig_h: string; orig_p: Port; resp_h: string; resp_p: Port; proto?: number }): Connection | undefined;
  /**
   * Zeek's `set_inactivity_timeout`: a new inactivity timeout (seconds, 0 = none) for the connection
   * of `id`, re-armed at `last_time + timeout`; returns the previous one, undefined without a connection.
   *
   * ## Example
   * ```ts
   * tracker.setInactivityTimeout(c.id, 10); // 300 (the TCP default) before
   * ```
   */
  setInactivityTimeout(id: { orig_h: string; orig_p: Port; resp_h: string; resp_p: Port; proto?: number }, timeout: number): number | undefined;
  /** A snapshot of the connection counters (`get_conn_stats()`). */
  stats(): ConnStats;
  /** The run's weird sampling settings, live: the `Reporter::set_weird_sampling_*` built-ins change them. */
  readonly weirdSampling: WeirdSampling;
  /**
   * `Reporter::conn_weird`: a conn weird on the live connection of `id`, through the same rate limiting and
   * sinks as the engine's own; false when there is no such connection.
   *
   * ## Example
   * ```ts
   * tracker.connWeird(c.id, 'my_conn_weird', '', ''); // true
   * ```
   */
  connWeird(id: { orig_h: string; orig_p: Port; resp_h: string; resp_p: Port; proto?: number }, name: string, addl: string, source: string): boolean;
  /** A snapshot of the TCP-States matrix (engine.md 2.7): [orig state][resp state] → live connections. */
  tcpStates(): number[][];
}

/**
 * Creates the connection tracker (engine.md sections 2–4).
 *
 * ## Example
 * ```ts
 * const scheduler = new NetworkTimeScheduler();
 * const events = createEventEngine();
 * const tracker = createConnectionTracker({ scheduler, events, ignoreChecksums: true,
 *   onRemove: (c, missed) => log.write(connLogRow(c, missed)) });
 * const decoder = createDecoder({ ignoreChecksums: true, onWeird: tracker.weirdSink });
 * for await (const rec of readTrace(path)) {
 *   const pkt = decoder.decode(rec);
 *   if (pkt) tracker.process(pkt);
 *   events.drain();
 * }
 * tracker.finishAll();
 * ```
 */
export function createConnectionTracker(options: ConnectionTrackerOptions): ConnectionTracker {
  const opts = resolveConnOptions(options.options);
  const updates = new Subject<ConnectionUpdate>();
  const core: TrackerCore = {
    opts,
    scheduler: options.scheduler,
    events: options.events,
    hot: createHotEvents(),
    ignoreChecksums: options.ignoreChecksums ?? false,
    checksumExempt: options.checksumExempt,
    onWeird: options.onWeird,
    sampling: options.weirdSampling ?? defaultWeirdSampling(),
    scopedWeirdCounts: new Map<string, SampleCount>(),
    trackSuccessful: options.trackSuccessful === true,
    onRemove: options.onRemove,
    logRemoved: logRemovedFor(
      options.connLogWriter,
      options.onConnLog,
      options.localNets ?? DEFAULT_LOCAL_NETS,
      options.connLogMacs === true,
    ),
    onStreamData: options.onStreamData,
    onStreamGap: options.onStreamGap,
    onPacket: options.onPacket,
    onIcmpHeader: options.onIcmpHeader,
    updates,
    table: new SessionTable<Session>(),
    active: 0,
    totalBuffered: 0,
    pool: [],
    stats: {
      total_conns: 0,
      current_conns: 0,
      num_tcp_conns: 0,
      max_tcp_conns: 0,
      cumulative_tcp_conns: 0,
      num_udp_conns: 0,
      max_udp_conns: 0,
      cumulative_udp_conns: 0,
      num_icmp_conns: 0,
      max_icmp_conns: 0,
      cumulative_icmp_conns: 0,
      killed_by_inactivity: 0,
    },
    nextUid: options.uids ?? createUidSource({ deterministic: options.deterministicUids }),
    tcpContents: (s, isOrig) => {
      if (isOrig ? opts.tcp_content_deliver_all_orig : opts.tcp_content_deliver_all_resp) return true;
      const ports = isOrig ? opts.tcp_content_delivery_ports_orig : opts.tcp_content_delivery_ports_resp;
      return ports.size > 0 && ports.has(makePort(respPortNumber(s), PORT_TCP));
    },
    tcpStates: Array.from({ length: 7 }, () => new Array<number>(7).fill(0)),
    tunnels: null,
  };
  const probe = createProbe();
  const events = options.events;
  if (options.tunnels) {
    core.tunnels = {
      ...options.tunnels,
      udpPorts: options.tunnels.udpPorts ?? defaultUdpTunnelPorts(),
      process: (pkt) => (core.trackSuccessful ? processTrackingSuccess(pkt) : process(pkt)),
    };
  }

  function likely(port: number, bits: number): boolean {
    return opts.likely_server_ports.has(makePort(port, bits));
  }

  /** Returns the packet's session (undefined when it made none), for {@link processTrackingSuccess}. */
  function process(pkt: Packet): Session | undefined {
    core.scheduler.advanceTo(pkt.ts);
    // After the timers: what they ran may have changed the handlers.
    const hot = core.hot;
    refreshHotEvents(hot, events);
    const proto = pkt.proto;
    let kind: number;
    let sp = pkt.srcPort;
    let dp = pkt.dstPort;
    let oneWay = false;
    if (proto === 6) kind = KIND_TCP;
    else if (proto === 17) kind = KIND_UDP;
    else if (proto === 1 || proto === 58) {
      kind = KIND_ICMP;
      sp = pkt.icmpType;
      const cp = icmpCounterpart(pkt.icmpType, proto === 58);
      if (cp >= 0) dp = cp;
      else {
        dp = pkt.icmpCode;
        oneWay = true;
      }
    } else {
      if (!opts.track_unknown_transport) return;
      kind = KIND_OTHER;
      sp = dp = 0;
    }
    probeKey(probe, pkt, sp, dp, oneWay);
    let s = core.table.lookup(probe, pkt.addrBuf);
    if (s !== undefined && kind === KIND_TCP && isTcpReuse(s, pkt)) {
      raise(s, 'connection_reused');
      removeConn(s);
      s = undefined;
    }
    if (s === undefined) {
      s = newSession(pkt, kind, sp, dp);
      if (s === undefined) return;
    } else if (s.encap !== pkt.encap) encapChanged(s, pkt);
    const isOrig = probe.srcIsA === s.origIsA;
    const e = isOrig ? s.orig : s.resp;
    const first = !e.sawPacket;
    e.sawPacket = true;
    if (pkt.ipVersion === 6) {
      const old = e.flowLabel;
      // Stored before the event is raised, so the record it refreshes already holds the new label
      // (Zeek's CheckFlowLabel assigns the endpoint record first; Baseline core.ipv6-flow-labels).
      e.flowLabel = pkt.flowLabel;
      if (!first && old !== pkt.flowLabel && hot.flowLabelChanged) {
        raise(s, 'connection_flow_label_changed', isOrig, old, pkt.flowLabel);
      }
    }
    // engine.md 3.3 step 5: ipv6_ext_headers right before new_packet.
    if (hot.ipv6ExtHeaders && hasIpv6ExtHeaders(pkt)) raise(s, 'ipv6_ext_headers', buildPktHdr(pkt));
    if (hot.newPacket) raise(s, 'new_packet', buildPktHdr(pkt));
    switch (kind) {
      case KIND_TCP:
        tcpPacket(s, pkt, isOrig, first);
        // Endpoint states and closes change only here: re-decide whether the expire timers may stay quiet.
        if (!s.removed) updateExpireQuiet(s);
        break;
      case KIND_UDP:
        udpPacket(s, e, pkt, isOrig);
        break;
      case KIND_ICMP:
        icmpPacket(s, e, pkt, isOrig);
        break;
      default:
        s.lastTime = pkt.ts;
        e.state = 1;
        e.numPkts++;
        e.numBytesIp += pkt.ipTotalLen;
        if (core.onPacket) core.onPacket(connRec(s), isOrig, pkt);
    }
    return s;
  }

  /** `process` when a script uses `successful` (chosen once, at creation: no per-packet test otherwise). */
  function processTrackingSuccess(pkt: Packet): void {
    const s = process(pkt);
    if (s !== undefined) afterPacketSuccessful(s);
  }

  function newSession(pkt: Packet, kind: number, sp: number, dp: number): Session | undefined {
    let flip = false;
    if (kind === KIND_TCP) {
      const f = pkt.tcpFlags;
      const syn = (f & TCP_SYN) !== 0;
      const ack = (f & TCP_ACK) !== 0;
      if (!syn || ack) {
        if (!opts.partial_connection_ok) return undefined;
        if (syn && ack && !opts.tcp_SYN_ack_ok) return undefined;
        const sl = likely(sp, PORT_TCP);
        const dl = likely(dp, PORT_TCP);
        if (sl && !dl) flip = true;
        else if (sl && dl && !syn && sp < dp) flip = true;
      }
    } else if (kind === KIND_UDP) {
      flip = likely(sp, PORT_UDP) && !likely(dp, PORT_UDP);
    }
    // A flip is not carried out towards the IPv4 broadcast address (2.2).
    if (flip && pkt.ipVersion === 4 && pkt.dst4 >>> 0 === 0xffffffff) flip = false;

    const reassemble = kind === KIND_TCP;
    let s = core.pool.pop();
    let sender: EndpointState;
    let receiver: EndpointState;
    if (s === undefined) {
      sender = createEndpointState(!flip, reassemble);
      receiver = createEndpointState(flip, reassemble);
    } else {
      sender = s.orig;
      receiver = s.resp;
      resetEndpointState(sender, !flip, reassemble);
      resetEndpointState(receiver, flip, reassemble);
    }
    if (pkt.l2SrcOff >= 0) sender.mac = macNumber(pkt.data, pkt.l2SrcOff);
    if (pkt.l2DstOff >= 0) receiver.mac = macNumber(pkt.data, pkt.l2DstOff);
    const orig = flip ? receiver : sender;
    const resp = flip ? sender : receiver;
    if (s === undefined) s = blankSession(core, orig, resp);
    // Every field is (re)assigned in one fixed order, so fresh and recycled sessions share a shape.
    s.hash = probe.hash;
    s.v6 = probe.v6;
    s.a4 = probe.a4;
    s.b4 = probe.b4;
    s.a6b6 = keyAddresses(probe, pkt.addrBuf);
    s.pa = probe.pa;
    s.pb = probe.pb;
    s.proto = probe.proto;
    s.kind = kind;
    s.rec = null;
    // The UID is handed out at creation (2.5: normally when new_connection builds the
    // record), so the deterministic order does not depend on when the record is built.
    s.uid = core.nextUid();
    s.vlan = pkt.vlan;
    s.innerVlan = pkt.innerVlan;
    s.origIsA = flip ? !probe.srcIsA : probe.srcIsA;
    s.orig = orig;
    s.resp = resp;
    s.startTime = pkt.ts;
    s.lastTime = pkt.ts;
    s.hist = flip ? '^' : '';
    s.histSeen = 0;
    s.missedBytes = 0;
    s.inactivityTimeout = 0;
    s.inactivityTimer = null;
    s.expireQuiet = false;
    s.deleteTimer = null;
    s.dnsTimer = null;
    s.statusTimer = null;
    s.active = true;
    s.partial = false;
    s.seenFirstAck = false;
    s.removed = false;
    s.weirdCounts = null;
    s.successful = false;
    s.encap = null;
    s.tunnelParents = null;
    if (pkt.encap !== null) startEncap(s, pkt.encap);
    core.table.insert(s);
    core.active++;
    countNew(core.stats, kind);
    if (kind === KIND_TCP) core.tcpStates[0][0]++;
    const timeout =
      kind === KIND_TCP || kind === KIND_UDP
        ? opts.udp_inactivity_timeout
        : kind === KIND_ICMP
          ? opts.icmp_inactivity_timeout
          : opts.unknown_ip_inactivity_timeout;
    const sch = core.scheduler;
    // The creating packet's IPv6 flow label is its sender's from the start: new_connection shows it
    // (Zeek: the connection takes the first packet's label; Baseline core.ipv6-flow-labels).
    if (pkt.ipVersion === 6) sender.flowLabel = pkt.flowLabel;
    if (flip) raise(s, 'connection_flipped');
    if (kind === KIND_TCP && opts.dpd_reassemble_first_packets) raise(s, 'new_connection_contents');
    raise(s, 'new_connection');
    if (s.encap !== null) encapSeen(s, pkt.ts);
    if (updates.observed) updates.next({ kind: 'new', conn: refresh(s), ts: pkt.ts });
    if (kind === KIND_TCP) startTcpTimers(s, sch.networkTime);
    s.inactivityTimeout = timeout;
    if (timeout > 0) s.inactivityTimer = sch.at(pkt.ts + timeout, inactivityTimerFn, s);
    if (opts.connection_status_update_interval > 0 && events.has('connection_status_update')) {
      s.statusTimer = sch.at(sch.networkTime + opts.connection_status_update_interval, statusUpdateTimer, s);
    }
    if (kind === KIND_UDP && opts.dns_session_timer && opts.dns_ports.has(makePort(respPortNumber(s), PORT_UDP))) {
      s.dnsTimer = sch.at(sch.networkTime + opts.dns_session_timeout, dnsSessionTimer, s);
    }
    return s;
  }

  function udpPacket(s: Session, e: EndpointState, pkt: Packet, isOrig: boolean): void {
    if (pkt.payloadCap > 0 && core.hot.packetContents) {
      raise(s, 'packet_contents', bytesToBroString(pkt.data, pkt.payloadOff, pkt.payloadCap));
    }
    if (!core.ignoreChecksums && !udpChecksumOk(pkt) && !core.checksumExempt?.(pkt)) {
      connWeird(s, 'bad_UDP_checksum', '', 'UDP');
      scaledHistory(s, e, 'C', 'chk', 'udp_multiple_checksum_errors');
      return;
    }
    const ulen = pkt.data.readUInt16BE(pkt.l4Off + 4);
    if (ulen !== pkt.l4Len) connWeird(s, 'UDP_datagram_length_mismatch', `${ulen} != ${pkt.l4Len}`, 'UDP');
    s.lastTime = pkt.ts;
    e.state = 1;
    if (ulen > 8) e.size += ulen - 8;
    checkHistory(s, e, HIST_DATA, 'D');
    if (core.hot.udpContents && udpContents(s, isOrig)) {
      raise(s, 'udp_contents', isOrig, bytesToBroString(pkt.data, pkt.payloadOff, pkt.payloadCap));
    }
    if (isOrig ? core.hot.udpRequest : core.hot.udpReply) raise(s, isOrig ? 'udp_request' : 'udp_reply');
    e.numPkts++;
    e.numBytesIp += pkt.ipTotalLen;
    // Tunnels by responder port (Zeek's UDP analyzer forwards after udp_request/udp_reply).
    const tun = core.tunnels;
    if (tun !== null) {
      const kind = tun.udpPorts[respPortNumber(s)];
      if (kind !== 0) udpTunnel(s, pkt, isOrig, kind);
      else if (pkt.payloadCap >= 3) udpTunnelByPayload(s, pkt, isOrig);
    }
    if (core.onPacket) core.onPacket(connRec(s), isOrig, pkt);
  }

  // Which UDP payloads go to `udp_contents` (engine.md 3.2).
  function udpContents(s: Session, isOrig: boolean): boolean {
    if (isOrig ? opts.udp_content_deliver_all_orig : opts.udp_content_deliver_all_resp) return true;
    const op = makePort(origPortNumber(s), PORT_UDP);
    const rp = makePort(respPortNumber(s), PORT_UDP);
    if (opts.udp_content_ports.size > 0 && (opts.udp_content_ports.has(op) || opts.udp_content_ports.has(rp))) return true;
    const ports = isOrig ? opts.udp_content_delivery_ports_orig : opts.udp_content_delivery_ports_resp;
    if (ports.size === 0) return false;
    return ports.has(opts.udp_content_delivery_ports_use_resp || isOrig ? rp : op);
  }

  function icmpPacket(s: Session, e: EndpointState, pkt: Packet, isOrig: boolean): void {
    if (pkt.payloadCap > 0 && events.has('packet_contents')) {
      raise(s, 'packet_contents', bytesToBroString(pkt.data, pkt.payloadOff, pkt.payloadCap));
    }
    if (!core.ignoreChecksums && !icmpChecksumOk(pkt) && !core.checksumExempt?.(pkt)) {
      connWeird(s, 'bad_ICMP_checksum', '', 'ICMP');
      return;
    }
    s.lastTime = pkt.ts;
    e.state = 1;
    if (pkt.l4Len > 8) e.size += pkt.l4Len - 8;
    e.numPkts++;
    e.numBytesIp += pkt.ipTotalLen;
    if (core.onIcmpHeader) core.onIcmpHeader(connRec(s), isOrig, pkt);
    raiseIcmpEvent(s, pkt);
    if (core.onPacket) core.onPacket(connRec(s), isOrig, pkt);
  }

  function raiseIcmpEvent(s: Session, pkt: Packet): void {
    const v6 = pkt.ipVersion === 6;
    const type = pkt.icmpType;
    let name: string;
    if (!v6) {
      name =
        type === 8
          ? 'icmp_echo_request'
          : type === 0
            ? 'icmp_echo_reply'
            : type === 3
              ? 'icmp_unreachable'
              : type === 11
                ? 'icmp_time_exceeded'
                : 'icmp_sent';
    } else {
      name =
        type === 128
          ? 'icmp_echo_request'
          : type === 129
            ? 'icmp_echo_reply'
            : type === 1
              ? 'icmp_unreachable'
              : type === 3
                ? 'icmp_time_exceeded'
                : type === 2
                  ? 'icmp_packet_too_big'
                  : type === 4
                    ? 'icmp_parameter_problem'
                    : type < 128
                      ? 'icmp_error_message'
                      : 'icmp_sent';
    }
    const d = pkt.data;
    if (name === 'icmp_echo_request' || name === 'icmp_echo_reply') {
      if (!events.has(name)) return;
      const id = pkt.l4Cap >= 8 ? d.readUInt16BE(pkt.l4Off + 4) : 0;
      const seq = pkt.l4Cap >= 8 ? d.readUInt16BE(pkt.l4Off + 6) : 0;
      raise(s, name, icmpInfo(pkt), id, seq, bytesToBroString(d, pkt.payloadOff, Math.max(0, pkt.payloadCap)));
    } else if (name === 'icmp_sent') {
      if (events.has('icmp_sent')) raise(s, 'icmp_sent', icmpInfo(pkt));
      if (events.has('icmp_sent_payload')) {
        raise(s, 'icmp_sent_payload', icmpInfo(pkt), bytesToBroString(d, pkt.payloadOff, Math.max(0, pkt.payloadCap)));
      }
    } else if (events.has(name)) {
      raise(s, name, icmpInfo(pkt), pkt.icmpCode, icmpContext(pkt));
    }
  }

  function finishAll(): void {
    const sch = core.scheduler;
    sch.flushAll();
    if (events.drain) {
      events.drain();
      events.drain();
    }
    const all: Session[] = [];
    core.table.forEach((x) => all.push(x));
    const keyed = all.map((s) => ({ s, k: keyBytes(s) }));
    keyed.sort((a, b) => Buffer.compare(a.k, b.k));
    for (const { s } of keyed) removeConn(s);
    if (events.drain) events.drain();
  }

  const weirdSink: WeirdSink = (w) => {
    const sm = core.sampling;
    const limited = !sm.whitelist.has(w.name);
    if (w.kind === 'net') {
      if (limited && !permitScoped(core.scopedWeirdCounts, w.name, w.ts, sm)) return;
      if (events.has('net_weird')) events.raise('net_weird', w.name, w.addl, w.source);
    } else if (w.kind === 'flow') {
      // Global-list names are counted with the net weirds (one count for the run), others per address pair.
      const key = sm.globalList.has(w.name) ? w.name : `${w.name}|${w.src}|${w.dst}`;
      if (limited && !permitScoped(core.scopedWeirdCounts, key, w.ts, sm)) return;
      if (events.has('flow_weird')) events.raise('flow_weird', w.name, w.src ?? '', w.dst ?? '', w.addl, w.source);
    }
    if (core.onWeird) core.onWeird(w);
  };

  return {
    process: core.trackSuccessful ? processTrackingSuccess : process,
    finishAll,
    get activeCount() {
      return core.active;
    },
    get bufferedBytes() {
      return core.totalBuffered;
    },
    weirdSink,
    connections$: updates.asObservable(),
    options: opts,
    stats: () => ({ ...core.stats }),
    tcpStates: () => core.tcpStates.map((row) => row.slice()),
    connections() {
      const out: Connection[] = [];
      core.table.forEach((x) => out.push(refresh(x)));
      return out;
    },
    lookup(id) {
      const s = findSession(core, id);
      return s === undefined ? undefined : refresh(s);
    },
    setInactivityTimeout(id, timeout) {
      const s = findSession(core, id);
      if (s === undefined) return undefined;
      const old = s.inactivityTimeout;
      setInactivityTimeout(s, timeout);
      return old;
    },
    weirdSampling: core.sampling,
    connWeird(id, name, addl, source) {
      const s = findSession(core, id);
      if (s === undefined) return false;
      connWeird(s, name, addl, source);
      return true;
    },
  };
}

/** A packet-shaped key source for `probeKey`, built from a `conn_id` (see `findSession`). */
interface IdPacket {
  ipVersion: number;
  proto: number;
  src4: number;
  dst4: number;
  addrBuf: Buffer;
  srcOff: number;
  dstOff: number;
}

const lookupProbe = createProbe();

/** The session of a `conn_id` through the table: the key is canonical, so either orientation finds it. */
function findSession(core: TrackerCore, id: { orig_h: string; orig_p: Port; resp_h: string; resp_p: Port; proto?: number }): Session | undefined {
  const a = parseAddr(String(id.orig_h));
  const b = parseAddr(String(id.resp_h));
  if (a === undefined || b === undefined) return undefined;
  const v4 = isMappedV4(a) && isMappedV4(b);
  const t = portProto(id.resp_p);
  const proto = t === 'tcp' ? 6 : t === 'udp' ? 17 : t === 'icmp' ? (v4 ? 1 : 58) : (id.proto ?? 0);
  const addrBuf = Buffer.concat([a, b]);
  const p: IdPacket = { ipVersion: v4 ? 4 : 6, proto, src4: addrBuf.readUInt32BE(12), dst4: addrBuf.readUInt32BE(28), addrBuf, srcOff: 0, dstOff: 16 };
  const sp = portNumber(id.orig_p);
  const dp = portNumber(id.resp_p);
  // One-way ICMP keys keep the packet's direction (sessionKey.ts): try that form too.
  for (const oneWay of proto === 1 || proto === 58 ? [false, true] : [false]) {
    probeKey(lookupProbe, p as unknown as Packet, sp, dp, oneWay);
    const s = core.table.lookup(lookupProbe, addrBuf);
    if (s !== undefined) return s;
  }
  return undefined;
}

function isMappedV4(x: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (x[i] !== 0) return false;
  return x[10] === 0xff && x[11] === 0xff;
}

/** A session object with every field present (values are overwritten by `newSession`). */
function blankSession(core: TrackerCore, orig: EndpointState, resp: EndpointState): Session {
  // Field order is memory order: what every packet reads (the key compared by
  // the lookup, then direction, endpoints, times and flags) comes first, so a
  // packet of an idle (cold) session touches as few cache lines as possible.
  return {
    hash: 0,
    pa: 0,
    pb: 0,
    proto: 0,
    v6: false,
    a4: 0,
    b4: 0,
    origIsA: true,
    orig,
    resp,
    kind: 0,
    // Compared with every packet's stack (null == null outside tunnels): kept beside what every packet reads.
    encap: null,
    lastTime: 0,
    hist: '',
    histSeen: 0,
    removed: false,
    expireQuiet: false,
    partial: false,
    seenFirstAck: false,
    active: true,
    tracker: core,
    rec: null,
    a6b6: NO_ADDR,
    uid: '',
    vlan: -1,
    innerVlan: -1,
    startTime: 0,
    missedBytes: 0,
    inactivityTimeout: 0,
    inactivityTimer: null,
    tcpTimers: [],
    expireTimers: [],
    deleteTimer: null,
    dnsTimer: null,
    statusTimer: null,
    weirdCounts: null,
    successful: false,
    tunnelParents: null,
  };
}

function countNew(st: ConnStats, kind: number): void {
  st.total_conns++;
  st.current_conns++;
  if (kind === KIND_TCP) {
    st.cumulative_tcp_conns++;
    if (++st.num_tcp_conns > st.max_tcp_conns) st.max_tcp_conns = st.num_tcp_conns;
  } else if (kind === KIND_UDP) {
    st.cumulative_udp_conns++;
    if (++st.num_udp_conns > st.max_udp_conns) st.max_udp_conns = st.num_udp_conns;
  } else if (kind === KIND_ICMP) {
    st.cumulative_icmp_conns++;
    if (++st.num_icmp_conns > st.max_icmp_conns) st.max_icmp_conns = st.num_icmp_conns;
  }
}


/** `connection_status_update` every `connection_status_update_interval` (3.4). Dropped at termination. */
function statusUpdateTimer(s: Session, now: number): void {
  s.statusTimer = null;
  const t = s.tracker;
  if (s.removed || t.scheduler.terminating) return;
  raise(s, 'connection_status_update');
  s.statusTimer = t.scheduler.at(now + t.opts.connection_status_update_interval, statusUpdateTimer, s);
}

/**
 * The DNS analyzer's session timer (3.4): removes a DNS flow idle for
 * `dns_session_timeout - 1` seconds, or unconditionally at termination.
 */
function dnsSessionTimer(s: Session, now: number): void {
  s.dnsTimer = null;
  const t = s.tracker;
  if (s.removed) return;
  const timeout = t.opts.dns_session_timeout;
  if (t.scheduler.terminating || now - s.lastTime >= timeout - 1) {
    raise(s, 'connection_timeout');
    raise(s, 'udp_session_done');
    removeConn(s);
  } else {
    s.dnsTimer = t.scheduler.at(now + timeout, dnsSessionTimer, s);
  }
}

// Bro's timer types for prof.log (engine.md 6.3), looked up by callback only when a profile is written.
nameTimerCallback(statusUpdateTimer, 'ConnectionStatusUpdateTimer');
nameTimerCallback(dnsSessionTimer, 'DNSExpireTimer');
