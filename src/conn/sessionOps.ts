import { addrToString } from '../packet/addrToString';
import { nameTimerCallback } from '../time/timerTypeNames';
import { makePort, PORT_ICMP, PORT_TCP, PORT_UDP, PORT_UNKNOWN } from '../runtime/port';
import { createSet } from '../runtime/table';
import { ipv4Text, macText } from './addrText';
import { appendHistory } from './history';
import type { Connection, Endpoint } from './records';
import { dropHeld } from './reassembler';
import { EndpointState, KIND_ICMP, KIND_TCP, KIND_UDP, Session, TrackerCore } from './session';
import { tcpEndpointSize } from './tcpSeq';
import { encapVector } from './tunnels';
import { permitInConnection, permitScoped } from './weirdSampling';

/** Every conn_id shares one empty `ctx` record (rxbro has no VLAN-aware keys). */
const EMPTY_CTX: Record<string, never> = Object.freeze({}) as Record<string, never>;

function portBits(kind: number): number {
  return kind === KIND_TCP ? PORT_TCP : kind === KIND_UDP ? PORT_UDP : kind === KIND_ICMP ? PORT_ICMP : PORT_UNKNOWN;
}

/** Port number of the originator / responder in the current orientation. */
export function origPortNumber(s: Session): number {
  return s.origIsA ? s.pa : s.pb;
}
export function respPortNumber(s: Session): number {
  return s.origIsA ? s.pb : s.pa;
}

function endpointRec(e: EndpointState): Endpoint {
  const r: Endpoint = { size: 0, state: 0, num_pkts: 0, num_bytes_ip: 0, flow_label: 0 };
  if (e.mac >= 0) r.l2_addr = macText(e.mac);
  e.rec = r;
  return r;
}

/**
 * The connection's script record, built on first need from the session's
 * values (then kept and refreshed): ids from the key in the current
 * orientation, endpoint records, an empty `service` set, the UID handed out at
 * creation.
 *
 * ## Example
 * ```ts
 * connRec(s).id.orig_h; // "10.0.0.1"
 * ```
 */
export function connRec(s: Session): Connection {
  const have = s.rec;
  if (have !== null) return have;
  const bits = portBits(s.kind);
  const aText = s.v6 ? addrToString(s.a6b6, 0, 16) : ipv4Text(s.a4);
  const bText = s.v6 ? addrToString(s.a6b6, 16, 16) : ipv4Text(s.b4);
  const c: Connection = {
    id: {
      orig_h: s.origIsA ? aText : bText,
      orig_p: makePort(origPortNumber(s), bits),
      resp_h: s.origIsA ? bText : aText,
      resp_p: makePort(respPortNumber(s), bits),
      proto: s.proto,
      ctx: EMPTY_CTX,
    },
    orig: endpointRec(s.orig),
    resp: endpointRec(s.resp),
    start_time: s.startTime,
    duration: 0,
    service: createSet(),
    history: '',
    uid: s.uid,
  };
  if (s.encap !== null) c.tunnel = encapVector(s.encap);
  if (s.vlan >= 0) c.vlan = s.vlan;
  if (s.innerVlan >= 0) c.inner_vlan = s.innerVlan;
  if (s.tracker.trackSuccessful) c.successful = s.successful;
  s.rec = c;
  return c;
}

/**
 * Copies the core state into the connection record (engine.md 2.4). Called when
 * a handled event is raised for the connection and at every conn weird.
 *
 * ## Example
 * ```ts
 * refresh(s).history; // up to date
 * ```
 */
export function refresh(s: Session): Connection {
  const c = connRec(s);
  refreshEndpoint(s, s.orig);
  refreshEndpoint(s, s.resp);
  c.start_time = s.startTime;
  c.duration = s.lastTime - s.startTime;
  if (s.hist !== '') c.history = s.hist;
  return c;
}

function refreshEndpoint(s: Session, e: EndpointState): void {
  const r = e.rec!;
  r.size = s.kind === KIND_TCP ? tcpEndpointSize(e, e === s.orig ? s.resp : s.orig) : e.size;
  r.state = e.state;
  r.num_pkts = e.numPkts;
  r.num_bytes_ip = e.numBytesIp;
  r.flow_label = e.flowLabel;
}

/**
 * Raises a connection event if it has handlers, refreshing the record first.
 *
 * ## Example
 * ```ts
 * raise(s, 'connection_established');
 * ```
 */
export function raise(s: Session, name: string, a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown, f?: unknown): void {
  const ev = s.tracker.events;
  if (!ev.has(name)) return;
  const rec = refresh(s);
  switch (arguments.length) {
    case 2:
      ev.raise(name, rec);
      break;
    case 3:
      ev.raise(name, rec, a);
      break;
    case 4:
      ev.raise(name, rec, a, b);
      break;
    case 5:
      ev.raise(name, rec, a, b, c);
      break;
    case 6:
      ev.raise(name, rec, a, b, c, d);
      break;
    default:
      ev.raise(name, rec, a, b, c, d, e, f);
  }
}

/**
 * Reports a conn weird (engine.md 1.13): refreshes the record (always), raises
 * `conn_weird` if handled, and tells `onWeird`; rate-limited per connection.
 *
 * ## Example
 * ```ts
 * connWeird(s, 'bad_TCP_checksum', '', 'TCP');
 * ```
 */
export function connWeird(s: Session, name: string, addl = '', source = ''): void {
  const t = s.tracker;
  const rec = refresh(s);
  const sm = t.sampling;
  const now = t.scheduler.networkTime;
  if (!sm.whitelist.has(name)) {
    // Names on the global list are limited once for the run (Zeek counts them with the net weirds).
    if (sm.globalList.has(name)) {
      if (!permitScoped(t.scopedWeirdCounts, name, now, sm)) return;
    } else if (!permitInConnection(s.weirdCounts ?? (s.weirdCounts = new Map()), name, now, sm)) return;
  }
  if (t.events.has('conn_weird')) t.events.raise('conn_weird', name, rec, addl, source);
  if (t.onWeird) t.onWeird({ kind: 'conn', name, addl, source, ts: t.scheduler.networkTime }, rec);
}

/**
 * Appends a history letter, upper case from the originator (2.9).
 *
 * ## Example
 * ```ts
 * addHistory(s, s.orig, 'D');
 * ```
 */
export function addHistory(s: Session, e: EndpointState, code: string): void {
  s.hist = appendHistory(s.hist, code, e.isOrig); // interned: no new string per letter
}

/**
 * Records a once-per-direction letter: appends it the first time its bit (in the
 * originator or responder group by the endpoint's current role) is seen.
 * Returns true if the bit was already set (Zeek's `CheckHistory`).
 *
 * ## Example
 * ```ts
 * checkHistory(s, e, HIST_DATA, 'D');
 * ```
 */
export function checkHistory(s: Session, e: EndpointState, bit: number, code: string): boolean {
  const mask = e.isOrig ? bit : bit << 16;
  if ((s.histSeen & mask) === 0) {
    s.histSeen |= mask;
    addHistory(s, e, code);
    return false;
  }
  return true;
}

export const HIST_SYN = 0x1;
export const HIST_FIN = 0x2;
export const HIST_RST = 0x4;
export const HIST_FIN_RST = 0x8;
export const HIST_ACK = 0x10;
export const HIST_DATA = 0x20;
export const HIST_MULTI = 0x40;

/**
 * Counts a scaled-letter occurrence (C, T, W, G): appends the letter at the
 * 1st, 10th, 100th... and raises `event(c, is_orig, threshold)` past the first.
 *
 * ## Example
 * ```ts
 * scaledHistory(s, e, 'T', 'rxmt', 'tcp_multiple_retransmissions');
 * ```
 */
export function scaledHistory(
  s: Session,
  e: EndpointState,
  code: string,
  which: 'chk' | 'rxmt' | 'win' | 'gap',
  event: string,
): void {
  let cnt: number;
  let thresh: number;
  switch (which) {
    case 'chk':
      cnt = ++e.chkCnt;
      thresh = e.chkThresh;
      break;
    case 'rxmt':
      cnt = ++e.rxmtCnt;
      thresh = e.rxmtThresh;
      break;
    case 'win':
      cnt = ++e.winCnt;
      thresh = e.winThresh;
      break;
    default:
      cnt = ++e.gapCnt;
      thresh = e.gapThresh;
  }
  if (cnt !== thresh) return;
  addHistory(s, e, code);
  const next = thresh * 10;
  if (which === 'chk') e.chkThresh = next;
  else if (which === 'rxmt') e.rxmtThresh = next;
  else if (which === 'win') e.winThresh = next;
  else e.gapThresh = next;
  if (thresh > 1) raise(s, event, e.isOrig, thresh);
}

/**
 * Arms one of the TCP analyzer's timers (cancelled together by `cancelTcpTimers`).
 *
 * ## Example
 * ```ts
 * armTcpTimer(s, t + opts.tcp_attempt_delay, attemptTimer);
 * ```
 */
export function armTcpTimer(s: Session, due: number, fn: (s: Session, now: number) => void): unknown {
  const h = s.tracker.scheduler.at(due, fn, s);
  s.tcpTimers.push(h);
  return h;
}

/**
 * Re-arms the TCP timer `self` that is running now (it stays in the session's
 * list), reusing its handle when the scheduler can: a long-lived connection's
 * expire timer fires every `tcp_session_timer` and would otherwise allocate
 * a handle each time.
 *
 * ## Example
 * ```ts
 * rearmTcpTimer(s, self, now + opts.tcp_session_timer, expireTimer);
 * ```
 */
export function rearmTcpTimer(s: Session, self: unknown, due: number, fn: (s: Session, now: number, self?: unknown) => void): unknown {
  const sch = s.tracker.scheduler;
  if (sch.rearm === undefined || self === undefined) return armTcpTimer(s, due, fn);
  const h = sch.rearm(self as never, due, fn, s);
  if (h !== self) s.tcpTimers.push(h);
  return h;
}

/** Cancels the TCP analyzer's timers (expire, attempt, partial close, reset). */
export function cancelTcpTimers(s: Session): void {
  for (const h of s.tcpTimers) dropTimer(s, h);
  emptyList(s.tcpTimers);
  emptyList(s.expireTimers);
}

/**
 * Empties a session's timer list but keeps its storage: `list.length = 0`
 * makes V8 drop the array's backing store, so the next push allocated a new
 * one — two small arrays per connection, many of them surviving a scavenge.
 * Popping keeps the store (V8 shrinks an array on pop only when it is large).
 */
function emptyList(list: unknown[]): void {
  while (list.length > 0) list.pop();
}

/**
 * Cancels a timer and gives its handle back to the scheduler for reuse; the
 * caller forgets the handle (null the field, clear the list).
 *
 * ## Example
 * ```ts
 * dropTimer(s, s.deleteTimer); s.deleteTimer = null;
 * ```
 */
export function dropTimer(s: Session, h: unknown): void {
  const sch = s.tracker.scheduler;
  sch.cancel(h as never);
  if (sch.release) sch.release(h as never);
}

/**
 * Forgets handles of TCP timers that already fired, so a long-lived connection
 * whose expire timer re-arms every few seconds keeps a short list.
 */
export function pruneTcpTimers(s: Session): void {
  const sch = s.tracker.scheduler;
  if (s.tcpTimers.length < 4 || !sch.isPending) return;
  let j = 0;
  for (const h of s.tcpTimers) if (sch.isPending(h as never)) s.tcpTimers[j++] = h;
  while (s.tcpTimers.length > j) s.tcpTimers.pop(); // keeps the storage (see emptyList)
  j = 0;
  for (const h of s.expireTimers) if (sch.isPending(h as never)) s.expireTimers[j++] = h;
  while (s.expireTimers.length > j) s.expireTimers.pop();
}

/**
 * The inactivity timer (3.4): removes an idle connection with
 * `connection_timeout`, otherwise re-arms at `last_time + timeout`. Dropped at
 * termination.
 */
export function inactivityTimer(s: Session, now: number, self?: unknown): void {
  s.inactivityTimer = null;
  const t = s.tracker;
  if (s.removed || t.scheduler.terminating) return;
  if (s.lastTime + s.inactivityTimeout <= now) {
    raise(s, 'connection_timeout');
    t.stats.killed_by_inactivity++;
    removeConn(s);
    if (self !== undefined && t.scheduler.release) t.scheduler.release(self as never);
  } else {
    // Re-armed through its own (spent) handle where the scheduler allows: no new object per idle check.
    const sch = t.scheduler;
    const due = s.lastTime + s.inactivityTimeout;
    s.inactivityTimer =
      sch.rearm !== undefined && self !== undefined ? sch.rearm(self as never, due, inactivityTimer, s) : sch.at(due, inactivityTimer, s);
  }
}

/**
 * Changes the inactivity timeout, re-arming the timer at `last_time + timeout`
 * (Zeek's `SetInactivityTimeout`).
 *
 * ## Example
 * ```ts
 * setInactivityTimeout(s, opts.tcp_inactivity_timeout);
 * ```
 */
export function setInactivityTimeout(s: Session, timeout: number): void {
  if (timeout === s.inactivityTimeout) return;
  const sch = s.tracker.scheduler;
  if (s.inactivityTimer) dropTimer(s, s.inactivityTimer);
  s.inactivityTimer = timeout > 0 ? sch.at(s.lastTime + timeout, inactivityTimer, s) : null;
  s.inactivityTimeout = timeout;
}

/**
 * Removes a connection (engine.md 3.5): cancels its timers, calls `onRemove`
 * (analyzer shutdown, conn.log), raises `connection_pending` (TCP, at termination,
 * if still active and not closed by both sides) and `connection_state_remove`,
 * frees its buffers.
 *
 * ## Example
 * ```ts
 * raise(s, 'connection_timeout'); removeConn(s);
 * ```
 */
export function removeConn(s: Session): void {
  if (s.removed) return;
  s.removed = true;
  const t = s.tracker;
  const sch = t.scheduler;
  cancelTcpTimers(s);
  if (s.inactivityTimer) dropTimer(s, s.inactivityTimer);
  if (s.deleteTimer) dropTimer(s, s.deleteTimer);
  if (s.dnsTimer) dropTimer(s, s.dnsTimer);
  if (s.statusTimer) dropTimer(s, s.statusTimer);
  s.inactivityTimer = s.deleteTimer = s.dnsTimer = s.statusTimer = null;
  if (s.kind === KIND_TCP) t.tcpStates[s.orig.state][s.resp.state]--;
  // Zeek shuts the analyzers down first (the signature engine's end-of-stream matches are
  // queued here), then `connection_pending` and `connection_state_remove` (3.5). The record is
  // built only for a consumer (without one, nothing ever needed it).
  if (t.onRemove) t.onRemove(refresh(s), s.missedBytes);
  if (t.logRemoved) t.logRemoved(s);
  if (s.kind === KIND_TCP && sch.terminating && s.active && !(s.orig.didClose && s.resp.didClose)) {
    raise(s, 'connection_pending');
  }
  raise(s, 'connection_state_remove');
  // tunnel.log's CLOSE (Zeek's removal hook of a connection that is a tunnel); only records can be one.
  if (t.tunnels !== null && s.rec !== null && t.tunnels.onRemoved !== undefined) t.tunnels.onRemoved(s.rec, sch.networkTime);
  // Zeek's RemovalEvent: right after connection_state_remove, for successful connections only.
  if (s.successful) raise(s, 'successful_connection_remove');
  dropStream(t, s.orig);
  dropStream(t, s.resp);
  t.table.remove(s);
  t.active--;
  const st = t.stats;
  st.current_conns--;
  if (s.kind === KIND_TCP) st.num_tcp_conns--;
  else if (s.kind === KIND_UDP) st.num_udp_conns--;
  else if (s.kind === KIND_ICMP) st.num_icmp_conns--;
  if (t.updates.observed) t.updates.next({ kind: 'removed', conn: refresh(s), ts: sch.networkTime });
  // Every timer of the session is cancelled, so nothing refers to it any more:
  // keep it for the next connection instead of leaving it to the collector.
  if (t.pool.length < POOL_MAX) {
    s.weirdCounts = null;
    emptyList(s.tcpTimers);
    emptyList(s.expireTimers);
    t.pool.push(s);
  }
}

/** Frees an endpoint's buffered stream data (the reassembler object itself is recycled). */
function dropStream(t: TrackerCore, e: EndpointState): void {
  const r = e.reasm;
  if (r !== null && r.buffered > 0) {
    t.totalBuffered -= r.buffered;
    r.blocks = [];
    r.buffered = 0;
  }
  if (r !== null && r.heldBytes > 0) t.totalBuffered += dropHeld(r);
}

/** Bound of the recycled-session pool. */
const POOL_MAX = 4096;

/**
 * Swaps originator and responder (engine.md 2.2 point 3): the id, the endpoint
 * records and states; `start_time`, `uid` and the history bits stay.
 *
 * ## Example
 * ```ts
 * flipRoles(s); // c$id now has the former responder as orig_h
 * ```
 */
export function flipRoles(s: Session): void {
  if (s.kind === KIND_TCP) {
    const m = s.tracker.tcpStates;
    m[s.orig.state][s.resp.state]--;
    m[s.resp.state][s.orig.state]++;
  }
  const o = s.orig;
  s.orig = s.resp;
  s.resp = o;
  s.orig.isOrig = true;
  s.resp.isOrig = false;
  s.origIsA = !s.origIsA;
  const c = s.rec;
  // A record not built yet will be built in the new orientation.
  if (c === null) return;
  const id = c.id;
  const h = id.orig_h;
  id.orig_h = id.resp_h;
  id.resp_h = h;
  const p = id.orig_p;
  id.orig_p = id.resp_p;
  id.resp_p = p;
  c.orig = s.orig.rec!;
  c.resp = s.resp.rec!;
}

// Bro's timer type for prof.log (engine.md 6.3), looked up by callback only when a profile is written.
nameTimerCallback(inactivityTimer, 'ConnectionInactivityTimer');
