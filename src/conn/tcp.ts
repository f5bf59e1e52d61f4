import type { Packet } from '../packet/Packet';
import { TCP_ACK, TCP_FIN, TCP_PSH, TCP_RST, TCP_SYN, TCP_URG } from '../packet/Packet';
import { tcpChecksumOk } from '../packet/checksum';
import { nameTimerCallback } from '../time/timerTypeNames';
import { bytesToBroString, SynPacket } from './events';
import { ackReceived, dropHeld, hasHeldData, insertSegment, ReassemblySink, resetReassembler, stopReassembly, trimHeld } from './reassembler';
import {
  TCP_CLOSED,
  TCP_ESTABLISHED,
  TCP_INACTIVE,
  TCP_PARTIAL,
  TCP_RESET,
  TCP_SYN_ACK_SENT,
  TCP_SYN_SENT,
} from './records';
import type { EndpointState, Session } from './session';
import {
  addHistory,
  armTcpTimer,
  cancelTcpTimers,
  checkHistory,
  connRec,
  connWeird,
  dropTimer,
  flipRoles,
  HIST_ACK,
  HIST_DATA,
  HIST_FIN,
  HIST_FIN_RST,
  HIST_MULTI,
  HIST_RST,
  HIST_SYN,
  pruneTcpTimers,
  raise,
  rearmTcpTimer,
  refresh,
  removeConn,
  scaledHistory,
  setInactivityTimeout,
} from './sessionOps';
import { initSeq, noDataAcked, relSeq, tcpEndpointSize } from './tcpSeq';

const TOO_LARGE_SEQ_DELTA = 1048576;

function isHandshake(state: number): boolean {
  return state === TCP_INACTIVE || state === TCP_SYN_SENT || state === TCP_SYN_ACK_SENT;
}

/** Endpoint state change with its side effect on the inactivity timeout (2.6). */
function setState(s: Session, e: EndpointState, p: EndpointState, ns: number): void {
  if (ns === e.state) return;
  if (isHandshake(e.state) && !isHandshake(ns) && isHandshake(p.state)) {
    setInactivityTimeout(s, s.tracker.opts.tcp_inactivity_timeout);
  }
  // TCP-States matrix (2.7): move this connection from its old pair to the new one.
  const m = s.tracker.tcpStates;
  if (e === s.orig) {
    m[e.state][p.state]--;
    m[ns][p.state]++;
  } else {
    m[p.state][e.state]--;
    m[p.state][ns]++;
  }
  e.prevState = e.state;
  e.state = ns;
}

function connectionReset(s: Session): void {
  raise(s, 'connection_reset');
  s.active = false;
}

// Zeek's "cleanly established" test for gap reporting (4.3).
function isClean(e: EndpointState): boolean {
  return e.state === TCP_ESTABLISHED || (e.state === TCP_CLOSED && e.prevState === TCP_ESTABLISHED);
}

// The reassembler output goes through one module-level sink whose target is set
// before each call, so no closure or sink object is allocated per packet.
let sinkSession: Session = null as unknown as Session;
let sinkEndpoint: EndpointState = null as unknown as EndpointState;
/** TCP flags of the segment being inserted (for `rexmit_inconsistency`). */
let sinkFlags = 0;
const sink: ReassemblySink = {
  // Set from `hot.rexmitInconsistency` before each reassembler call: copies of
  // delivered data are kept (and segments compared) only while someone handles it.
  keepDelivered: false,
  deliver(seq, buf, off, len) {
    const s = sinkSession;
    const e = sinkEndpoint;
    const t = s.tracker;
    if (t.tcpContents(s, e.isOrig) && t.events.has('tcp_contents')) {
      raise(s, 'tcp_contents', e.isOrig, seq, bytesToBroString(buf, off, len));
    }
    // A view is made only for a consumer.
    if (t.onStreamData) t.onStreamData(connRec(s), e.isOrig, buf.subarray(off, off + len), seq);
  },
  gap(seq, len) {
    const s = sinkSession;
    const e = sinkEndpoint;
    const p = e === s.orig ? s.resp : s.orig;
    const t = s.tracker;
    const clean = isClean(e) && isClean(p);
    if (clean || t.opts.report_gaps_for_partial) {
      raise(s, 'content_gap', e.isOrig, seq, len);
      s.missedBytes += len;
    }
    if (clean) scaledHistory(s, e, 'G', 'gap', 'tcp_multiple_gap');
    if (t.onStreamGap) t.onStreamGap(connRec(s), e.isOrig, seq, len);
  },
  overlap(obuf, ooff, nbuf, noff, n) {
    const s = sinkSession;
    const e = sinkEndpoint;
    const p = e === s.orig ? s.resp : s.orig;
    // Zeek's TCP_Reassembler::Overlap: not for a 1-byte keep-alive while the peer
    // has not sent anything yet (its `HasDoneSomething`: a packet got this far).
    if (n > 1 || p.numPkts > 0) {
      raise(s, 'rexmit_inconsistency', bytesToBroString(obuf, ooff, n), bytesToBroString(nbuf, noff, n), flagString(sinkFlags));
    }
  },
};

/**
 * Whether endpoint `e` still has stream data pending (Zeek's `DataPending`):
 * not everything up to its last sequence number was delivered, or — unless it
 * sent a RST — the other direction holds segments it has not acknowledged.
 */
function dataPending(e: EndpointState, p: EndpointState): boolean {
  const r = e.reasm;
  if (r === null || r.skipping) return false;
  const delivered = r.nextSeq;
  const last = e.last;
  if (last < delivered) return false;
  if (delivered === last - 1 || delivered === last) {
    return e.state !== TCP_RESET && p.reasm !== null && hasHeldData(p.reasm);
  }
  return true;
}

/** EOF of one direction (4.3): raises `connection_EOF` and runs a postponed close. */
function checkEOF(s: Session, e: EndpointState, p: EndpointState): void {
  if (e.didEOF || s.removed) return;
  if (!(e.finCnt > 0 || e.state === TCP_CLOSED || e.state === TCP_RESET)) return;
  if (dataPending(e, p)) return;
  e.didEOF = true;
  raise(s, 'connection_EOF', e.isOrig);
  if (e.closePending) connectionClosed(s, e, p, e.closeGenEvent);
}

/** Close processing of endpoint `e` (engine.md 3.5). */
function connectionClosed(s: Session, e: EndpointState, p: EndpointState, genEvent: boolean): void {
  const t = s.tracker;
  if (dataPending(e, p)) {
    e.closePending = true;
    if (!e.closeGenEvent) e.closeGenEvent = genEvent;
    return;
  }
  if (e.closePending) {
    genEvent = genEvent || e.closeGenEvent;
    e.closePending = false;
  }
  if (e.didClose) return;
  e.didClose = true;
  const complete = e.state === TCP_RESET || p.didClose || p.state === TCP_INACTIVE;
  const opts = t.opts;
  if (complete) {
    if ((e.prevState !== TCP_INACTIVE || p.state !== TCP_INACTIVE) && genEvent) {
      raise(s, p.state === TCP_INACTIVE ? 'connection_half_finished' : 'connection_finished');
      s.active = false;
    }
    cancelTcpTimers(s);
    const sch = t.scheduler;
    if (s.deleteTimer) dropTimer(s, s.deleteTimer);
    s.deleteTimer =
      opts.tcp_close_delay !== 0
        ? sch.at(s.lastTime + opts.tcp_close_delay, deleteTimer, s)
        : sch.at(s.lastTime, tcpDeleteTimer, s);
  } else if (e.prevState === TCP_INACTIVE) {
    if (t.events.has('connection_partial_close')) {
      armTcpTimer(s, s.lastTime + opts.tcp_partial_close_delay, partialCloseTimer);
    }
  } else {
    armExpireTimer(s, s.lastTime + opts.tcp_session_timer);
  }
}

/** Delete timer after a complete close: `connection_timeout`, removal. Dropped at termination. */
function deleteTimer(s: Session, _now: number, self?: unknown): void {
  s.deleteTimer = null;
  const sch = s.tracker.scheduler;
  if (self !== undefined && sch.release) sch.release(self as never); // nothing refers to it any more
  if (s.removed || sch.terminating) return;
  raise(s, 'connection_timeout');
  removeConn(s);
}

/** Delete timer when `tcp_close_delay` is 0: removal without an event. */
function tcpDeleteTimer(s: Session, _now: number, self?: unknown): void {
  s.deleteTimer = null;
  const sch = s.tracker.scheduler;
  if (self !== undefined && sch.release) sch.release(self as never);
  if (s.removed || sch.terminating) return;
  removeConn(s);
}

/**
 * The TCP expire timer (3.4): removes idle connections that are closed on one
 * side with the other closed, reset or inactive, or that never got a valid
 * packet; re-arms every `tcp_session_timer` otherwise.
 */
export function expireTimer(s: Session, now: number, self?: unknown): void {
  const t = s.tracker;
  if (s.removed || t.scheduler.terminating) return;
  if (s.lastTime + t.opts.tcp_connection_linger < now && mayExpire(s)) {
    raise(s, 'connection_timeout');
    s.active = false;
    removeConn(s);
    return;
  }
  const h = rearmTcpTimer(s, self, now + t.opts.tcp_session_timer, expireTimer);
  if (h !== self) s.expireTimers.push(h);
  if (s.expireQuiet) quiet(s, h, true);
  // After the re-arm: `self` is pending again and must stay in the list.
  pruneTcpTimers(s);
}

/**
 * The state part of the expire check: one side closed with the other closed,
 * reset or inactive, or no valid packet from either side. Only TCP packets
 * change it (`updateExpireQuiet`).
 */
function mayExpire(s: Session): boolean {
  const o = s.orig;
  const r = s.resp;
  if (
    (o.didClose || r.didClose) &&
    ((o.didClose && r.didClose) ||
      o.state === TCP_RESET ||
      r.state === TCP_RESET ||
      o.state === TCP_INACTIVE ||
      r.state === TCP_INACTIVE)
  ) {
    return true;
  }
  return o.state === TCP_INACTIVE && r.state === TCP_INACTIVE;
}

function quiet(s: Session, h: unknown, on: boolean): void {
  const sch = s.tracker.scheduler;
  if (sch.setQuietPeriod) sch.setQuietPeriod(h as never, on ? s.tracker.opts.tcp_session_timer : 0);
}

/** Arms an expire timer (a new chain), quiet if the connection cannot expire now. */
function armExpireTimer(s: Session, due: number): void {
  const h = armTcpTimer(s, due, expireTimer);
  s.expireTimers.push(h);
  if (s.expireQuiet) quiet(s, h, true);
}

/**
 * Re-decides after a TCP packet whether the expire timers may stay quiet.
 * While the state part of the check is false, an expire timer would only
 * re-arm itself at `now + tcp_session_timer` (whatever `last_time` is), so
 * the scheduler does that without calling it (`setQuietPeriod`): the firing
 * times, creation order and counters stay exactly those of the callback.
 *
 * ## Example
 * ```ts
 * tcpPacket(s, pkt, isOrig, first); if (!s.removed) updateExpireQuiet(s);
 * ```
 */
export function updateExpireQuiet(s: Session): void {
  const q = !mayExpire(s);
  if (q === s.expireQuiet) return;
  s.expireQuiet = q;
  for (const h of s.expireTimers) quiet(s, h, q);
}

/** Attempt timer (3.4): an unanswered SYN becomes `connection_attempt`. Survives termination. */
function attemptTimer(s: Session): void {
  pruneTcpTimers(s);
  if (s.removed || !s.active) return;
  const os = s.orig.state;
  if ((os === TCP_SYN_SENT || os === TCP_SYN_ACK_SENT) && s.resp.state === TCP_INACTIVE) {
    raise(s, 'connection_attempt');
    s.active = false;
    removeConn(s);
  }
}

/** Partial-close timer (3.4). Dropped at termination. */
function partialCloseTimer(s: Session): void {
  pruneTcpTimers(s);
  if (s.removed || !s.active || s.tracker.scheduler.terminating) return;
  const o = s.orig;
  const r = s.resp;
  if (o.state !== TCP_INACTIVE && r.state !== TCP_INACTIVE && (!o.didClose || !r.didClose)) {
    if (o.state === TCP_RESET || r.state === TCP_RESET) return;
    raise(s, 'connection_partial_close');
    removeConn(s);
  }
}

/** Reset timer after a RST following a FIN (3.4). Survives termination. */
function resetTimer(s: Session): void {
  pruneTcpTimers(s);
  if (s.removed || !s.active) return;
  if (!(s.orig.didClose && s.resp.didClose)) connectionReset(s);
  removeConn(s);
}

/**
 * Arms the timers of a new TCP connection: the expire timer at
 * `t + tcp_SYN_timeout` (the inactivity timer is armed by the tracker).
 *
 * ## Example
 * ```ts
 * startTcpTimers(s, pkt.ts);
 * ```
 */
export function startTcpTimers(s: Session, now: number): void {
  armExpireTimer(s, now + s.tracker.opts.tcp_SYN_timeout);
}

/**
 * Zeek's `TCPSessionAdapter::IsReuse` (engine.md 2.1): whether this packet
 * starts a new connection on the tuple of `s`. Reports the reuse weirds on `s`.
 *
 * ## Example
 * ```ts
 * if (isTcpReuse(s, pkt)) { raise(s, 'connection_reused'); removeConn(s); }
 * ```
 */
export function isTcpReuse(s: Session, pkt: Packet): boolean {
  if (pkt.tcpHdrLen < 20) return false;
  const f = pkt.tcpFlags;
  if ((f & TCP_SYN) === 0) return false;
  let co = s.orig;
  if (f & TCP_ACK) {
    if (s.orig.state !== TCP_INACTIVE) return false;
    co = s.resp;
  }
  const o = s.orig;
  const r = s.resp;
  if (!(o.didClose || r.didClose)) {
    if (pkt.seq === co.isn >>> 0) return false;
    if ((f & TCP_ACK) === 0 && co.state === TCP_SYN_ACK_SENT && r.state === TCP_INACTIVE && pkt.seq === r.isn >>> 0) {
      return false;
    }
    connWeird(s, co.state === TCP_SYN_SENT ? 'SYN_seq_jump' : 'active_connection_reuse');
  } else if (
    ((o.state !== TCP_INACTIVE && !o.didClose) || (r.state !== TCP_INACTIVE && !r.didClose)) &&
    o.state !== TCP_RESET &&
    r.state !== TCP_RESET
  ) {
    connWeird(s, 'active_connection_reuse');
  } else if (pkt.ts - s.lastTime < s.tracker.opts.tcp_connection_linger && o.state !== TCP_RESET && r.state !== TCP_RESET) {
    connWeird(s, 'premature_connection_reuse');
  }
  return true;
}

/** `flags` of `tcp_packet`: S F R A P U in this order. */
function flagString(f: number): string {
  let out = '';
  if (f & TCP_SYN) out += 'S';
  if (f & TCP_FIN) out += 'F';
  if (f & TCP_RST) out += 'R';
  if (f & TCP_ACK) out += 'A';
  if (f & TCP_PSH) out += 'P';
  if (f & TCP_URG) out += 'U';
  return out;
}

function synPacket(pkt: Packet, isOrig: boolean): SynPacket {
  const sp: SynPacket = {
    is_orig: isOrig,
    DF: pkt.df,
    ttl: pkt.ttl,
    size: pkt.ipTotalLen,
    win_size: pkt.window,
    win_scale: -1,
    MSS: 0,
    SACK_OK: false,
  };
  const d = pkt.data;
  const end = Math.min(pkt.l4Off + pkt.tcpHdrLen, pkt.l4Off + pkt.l4Cap, d.length);
  let i = pkt.l4Off + 20;
  while (i < end) {
    const kind = d[i];
    if (kind === 0) break;
    if (kind === 1) {
      i++;
      continue;
    }
    if (i + 1 >= end) break;
    const len = d[i + 1];
    if (len < 2 || i + len > end) break;
    if (kind === 2 && len === 4) sp.MSS = d.readUInt16BE(i + 2);
    else if (kind === 3 && len === 3) sp.win_scale = d[i + 2];
    else if (kind === 4) sp.SACK_OK = true;
    else if (kind === 8 && len === 10) {
      sp.TSval = d.readUInt32BE(i + 2);
      sp.TSecr = d.readUInt32BE(i + 6);
    }
    i += len;
  }
  return sp;
}

/** `tcp_option(c, is_orig, opt, optlen)` for each option of the header (EOL and NOP have length 1). */
function raiseTcpOptions(s: Session, pkt: Packet, isOrig: boolean): void {
  const d = pkt.data;
  const end = Math.min(pkt.l4Off + pkt.tcpHdrLen, pkt.l4Off + pkt.l4Cap, d.length);
  let i = pkt.l4Off + 20;
  while (i < end) {
    const kind = d[i];
    if (kind === 0 || kind === 1) {
      raise(s, 'tcp_option', isOrig, kind, 1);
      i++;
      if (kind === 0) break;
      continue;
    }
    if (i + 1 >= end) break;
    const len = d[i + 1];
    if (len < 2 || i + len > end) break;
    raise(s, 'tcp_option', isOrig, kind, len);
    i += len;
  }
}

/**
 * Processes one TCP packet of connection `s` (engine.md 2.6 steps 1–14, events
 * in the order of 3.3). `isOrig` is the direction before any flip; `first` says
 * whether this is the first packet seen from the sender.
 *
 * ## Example
 * ```ts
 * tcpPacket(s, pkt, isOrig, first);
 * ```
 */
export function tcpPacket(s: Session, pkt: Packet, isOrig: boolean, first: boolean): void {
  const t = s.tracker;
  const ev = t.events;
  if (pkt.tcpHdrLen < 20) {
    connWeird(s, 'bad_TCP_header_len', '', 'TCP');
    return;
  }
  if (pkt.tcpHdrLen > pkt.l4Len || pkt.tcpHdrLen > pkt.l4Cap) {
    connWeird(s, 'truncated_header', '', 'TCP');
    return;
  }
  const len = pkt.payloadLen;
  if (pkt.payloadCap > 0 && t.hot.packetContents) {
    raise(s, 'packet_contents', bytesToBroString(pkt.data, pkt.payloadOff, Math.min(pkt.payloadCap, len)));
  }
  const e = isOrig ? s.orig : s.resp;
  const p = isOrig ? s.resp : s.orig;
  if (!t.ignoreChecksums && !tcpChecksumOk(pkt) && !t.checksumExempt?.(pkt)) {
    connWeird(s, 'bad_TCP_checksum', '', 'TCP');
    scaledHistory(s, e, 'C', 'chk', 'tcp_multiple_checksum_errors');
    return;
  }
  const f = pkt.tcpFlags;
  const syn = (f & TCP_SYN) !== 0;
  const fin = (f & TCP_FIN) !== 0;
  const rst = (f & TCP_RST) !== 0;
  const ack = (f & TCP_ACK) !== 0;
  // Sequence and acknowledgment numbers as signed 32-bit values. All arithmetic
  // on them is modulo 2^32 (`relSeq`, `initSeq`), so the sign does not matter;
  // but an unsigned value of 2^31 or more is no small integer, and V8 boxed it
  // as a 16-byte heap number wherever it was passed on (about one per packet).
  const seq = pkt.seq | 0;
  const ackNum = pkt.ack | 0;
  const opts = t.opts;

  // Partial-connection status (4.3), from the first packet of each side.
  if (first) {
    if (isOrig) s.partial = !syn || ack;
    else if (!s.partial) s.partial = !syn;
  }

  // 1. Sequence initialisation.
  const isnBefore = e.isn;
  const onePast32 = (seq + (rst ? 0 : len) + (syn ? 1 : 0) + (fin ? 1 : 0)) | 0;
  switch (e.state) {
    case TCP_INACTIVE:
      if (syn) initSeq(e, seq, onePast32);
      else initSeq(e, seq - 1, seq);
      break;
    case TCP_SYN_SENT:
    case TCP_SYN_ACK_SENT:
      if (syn && seq !== e.isn) {
        connWeird(s, 'SYN_seq_jump');
        reinit(s, e, seq, onePast32);
      }
      break;
    case TCP_ESTABLISHED:
    case TCP_PARTIAL:
      if (syn) {
        if (tcpEndpointSize(e, p) > 0) connWeird(s, 'SYN_inside_connection');
        if (seq !== e.isn) connWeird(s, 'SYN_seq_jump');
        reinit(s, e, seq, onePast32);
      }
      break;
    case TCP_RESET:
      if (syn && e.prevState === TCP_INACTIVE) reinit(s, e, seq, onePast32);
      break;
  }

  // 2. Relative sequence number.
  const rel = relSeq(e, seq, e.last);
  if (rel < 0 && !rst) connWeird(s, 'TCP_seq_underflow_or_misorder');

  // The SYN-ACK-first flip (2.2 point 2) happens while the history letter is recorded.
  // (`histSeen` first: a history of exactly "H" has exactly that one bit, and the
  // number is in the session's first cache line where the string is another object.)
  if (s.histSeen === HIST_SYN && s.hist === 'H' && !syn && !fin && !rst && (len > 0 || ack)) {
    flipRoles(s);
    s.hist = '^h';
    s.partial = false;
    raise(s, 'connection_flipped');
  }

  // 3. History and window.
  const bits = (syn ? 1 : 0) + (fin ? 1 : 0) + (rst ? 1 : 0);
  if (bits > 1) {
    if (fin && rst) checkHistory(s, e, HIST_FIN_RST, 'I');
    else checkHistory(s, e, HIST_MULTI, 'Q');
  } else if (bits === 1) {
    if (syn) {
      const code = ack ? 'H' : 'S';
      if (checkHistory(s, e, HIST_SYN, code) && rel !== e.histLastSyn) addHistory(s, e, code);
      e.histLastSyn = rel;
    }
    if (fin) {
      const finRel = rel + len;
      if (checkHistory(s, e, HIST_FIN, 'F') && finRel !== e.histLastFin) addHistory(s, e, 'F');
      e.histLastFin = finRel;
    }
    if (rst) {
      if (checkHistory(s, e, HIST_RST, 'R') && rel !== e.histLastRst) addHistory(s, e, 'R');
      e.histLastRst = rel;
    }
  } else if (len > 0) checkHistory(s, e, HIST_DATA, 'D');
  else if (ack) checkHistory(s, e, HIST_ACK, 'A');
  if (pkt.window === 0 && !rst && p.state !== TCP_CLOSED && e.state !== TCP_RESET) {
    scaledHistory(s, e, 'W', 'win', 'tcp_multiple_zero_windows');
  }

  // 4. last_time, until both sides have closed.
  if (!(s.orig.didClose && s.resp.didClose)) s.lastTime = pkt.ts;

  // 5. SYN.
  if (syn) {
    if (rst) connWeird(s, 'TCP_christmas', '', 'TCP');
    if (f & TCP_URG) connWeird(s, 'baroque_SYN', '', 'TCP');
    if (len > 0) connWeird(s, 'SYN_with_data', '', 'TCP');
    if (ev.has('connection_SYN_packet')) raise(s, 'connection_SYN_packet', synPacket(pkt, e.isOrig));
  }
  // 6. FIN / RST counting.
  if (fin) {
    e.finCnt++;
    e.finRel = rel + len + (syn ? 1 : 0);
  }
  if (rst) e.rstCnt++;

  // 7. ACK.
  if (ack) {
    if (e.isOrig && !s.seenFirstAck && (e.state === TCP_ESTABLISHED || e.state === TCP_SYN_SENT)) {
      s.seenFirstAck = true;
      raise(s, 'connection_first_ACK');
    }
    if (p.state === TCP_INACTIVE) {
      if (!syn && !fin && !rst && (e.state === TCP_SYN_SENT || e.state === TCP_SYN_ACK_SENT || e.state === TCP_ESTABLISHED)) {
        connWeird(s, 'possible_split_routing');
      }
      initSeq(p, ackNum - 1, ackNum - 1);
    } else if (!rst) {
      const delta = (ackNum - p.isn - p.ackd) | 0;
      if (!(ackNum === 0 && delta > TOO_LARGE_SEQ_DELTA) && delta > 0) p.ackd += delta;
    }
  }

  // 8. Highest sequence number; retransmissions.
  const onePast = rel + (rst ? 0 : len) + (syn ? 1 : 0) + (fin ? 1 : 0);
  const deltaLast = onePast - e.last;
  if ((syn || rst) && (deltaLast > TOO_LARGE_SEQ_DELTA || deltaLast < -TOO_LARGE_SEQ_DELTA)) {
    // Outlandish SYN/RST sequence numbers are not trusted.
  } else if (fin && e.last === 1) {
    e.last = onePast;
  } else if (e.state !== TCP_RESET) {
    if (deltaLast > 0) e.last = onePast;
    else if (len > 0) scaledHistory(s, e, 'T', 'rxmt', 'tcp_multiple_retransmissions');
  }

  // 9. State machine.
  let doClose = false;
  let genEvent = false;
  switch (e.state) {
    case TCP_INACTIVE: {
      if (syn) {
        if (e.isOrig) {
          if (ack) {
            connWeird(s, 'connection_originator_SYN_ack');
            setState(s, e, p, TCP_SYN_ACK_SENT);
          } else setState(s, e, p, TCP_SYN_SENT);
          if (opts.tcp_attempt_delay) armTcpTimer(s, pkt.ts + opts.tcp_attempt_delay, attemptTimer);
        } else {
          if (ack) {
            if (p.state !== TCP_INACTIVE && p.state !== TCP_PARTIAL) {
              const a = relSeq(p, ackNum, 0);
              if (a < 0 || a > p.last) connWeird(s, 'bad_SYN_ack');
            }
          } else if (p.state === TCP_SYN_ACK_SENT && seq === isnBefore) {
            // SYN/SYN-ACK reversal (2.2 point 1): the SYN's sender becomes the originator.
            s.partial = false;
            flipRoles(s);
            addHistory(s, s.orig, '^');
            raise(s, 'connection_flipped');
            setState(s, p, e, TCP_ESTABLISHED);
          } else connWeird(s, 'simultaneous_open');
          if (p.state === TCP_SYN_SENT) setState(s, p, e, TCP_ESTABLISHED);
          else if (p.state === TCP_INACTIVE) connWeird(s, 'unsolicited_SYN_response');
          setState(s, e, p, TCP_ESTABLISHED);
          if (p.state !== TCP_PARTIAL) {
            raise(s, 'connection_established');
            if (t.updates.observed) t.updates.next({ kind: 'established', conn: refresh(s), ts: pkt.ts });
          }
        }
      }
      if (fin) {
        setState(s, e, p, TCP_CLOSED);
        doClose = genEvent = true;
        if (p.state !== TCP_PARTIAL && !syn) connWeird(s, 'spontaneous_FIN');
      }
      if (rst) {
        setState(s, e, p, TCP_RESET);
        const reject = e.isOrig
          ? p.state === TCP_ESTABLISHED
          : p.state === TCP_SYN_SENT || p.state === TCP_SYN_ACK_SENT;
        if (reject) {
          raise(s, 'connection_rejected');
          doClose = true;
        } else {
          if (p.state === TCP_INACTIVE) connWeird(s, 'spontaneous_RST');
          doClose = genEvent = true;
        }
      }
      if (e.state === TCP_INACTIVE) {
        if (!e.isOrig && len === 0 && p.state === TCP_SYN_SENT) {
          // An ACK before the SYN+ACK: stay inactive.
        } else if (ack && p.state === TCP_ESTABLISHED) {
          // Missed the handshake packet.
          s.partial = false;
          setState(s, e, p, TCP_ESTABLISHED);
        } else {
          setState(s, e, p, TCP_PARTIAL);
          if (p.state === TCP_PARTIAL) raise(s, 'partial_connection');
        }
      }
      break;
    }
    case TCP_SYN_SENT:
    case TCP_SYN_ACK_SENT: {
      if (syn) {
        if (e.isOrig) {
          if (ack && !fin && !rst && e.state !== TCP_SYN_ACK_SENT) connWeird(s, 'repeated_SYN_with_ack');
        } else if (!ack && e.state !== TCP_SYN_SENT) connWeird(s, 'repeated_SYN_reply_wo_ack');
      }
      if (fin) {
        if (p.state === TCP_INACTIVE || p.state === TCP_SYN_SENT) connWeird(s, 'inappropriate_FIN');
        setState(s, e, p, TCP_CLOSED);
        doClose = genEvent = true;
      }
      if (rst) {
        setState(s, e, p, TCP_RESET);
        connectionReset(s);
        doClose = true;
      } else if (len > 0) connWeird(s, 'data_before_established');
      break;
    }
    case TCP_ESTABLISHED:
    case TCP_PARTIAL: {
      if (syn && e.state === TCP_PARTIAL && p.state === TCP_INACTIVE && !ack) {
        connWeird(s, 'SYN_after_partial');
        setState(s, e, p, TCP_SYN_SENT);
      }
      if (fin && !rst) {
        setState(s, e, p, TCP_CLOSED);
        doClose = genEvent = true;
        if (p.state === TCP_RESET && p.prevState === TCP_CLOSED) setState(s, p, e, TCP_CLOSED);
      } else if (rst) {
        setState(s, e, p, TCP_RESET);
        doClose = true;
        if (p.state !== TCP_RESET || p.prevState !== TCP_ESTABLISHED) connectionReset(s);
      }
      break;
    }
    case TCP_CLOSED: {
      if (syn) connWeird(s, 'SYN_after_close');
      if (fin && deltaLast > 0) connWeird(s, 'FIN_advanced_last_seq');
      if (rst && p.state !== TCP_CLOSED) {
        setState(s, e, p, TCP_RESET);
        if (!e.didClose) doClose = true;
        if (ev.has('connection_reset')) armTcpTimer(s, pkt.ts + opts.tcp_reset_delay, resetTimer);
      }
      break;
    }
    case TCP_RESET: {
      if (syn) connWeird(s, 'SYN_after_reset');
      if (fin) connWeird(s, 'FIN_after_reset');
      if (len > 0 && !rst) connWeird(s, 'data_after_reset');
      break;
    }
  }
  // A reversal flip swapped the endpoints: `p` is still the peer object.
  if (s.removed) return;

  // 10. The ACK's consequences for the other direction's reassembler.
  if (ack && !rst && p.reasm !== null) {
    let a = relSeq(p, ackNum, p.ackd);
    if (p.finCnt > 0 && a > p.finRel) a = p.finRel;
    sinkSession = s;
    sinkEndpoint = p;
    sink.keepDelivered = t.hot.rexmitInconsistency;
    t.totalBuffered += ackReceived(p.reasm, a, sink, s.partial && a <= 2);
    checkEOF(s, p, e);
  }

  // 11. tcp_packet, then the packet counters (ConnSize runs after it, 2.4).
  if (t.hot.tcpPacket) {
    const relAck = ack ? relSeq(p, ackNum, p.ackd) : 0;
    raise(s, 'tcp_packet', e.isOrig, flagString(f), rel, relAck, len, bytesToBroString(pkt.data, pkt.payloadOff, Math.min(pkt.payloadCap, len)));
  }
  if (pkt.tcpHdrLen > 20 && t.hot.tcpOption) raiseTcpOptions(s, pkt, e.isOrig);
  e.numPkts++;
  e.numBytesIp += pkt.ipTotalLen;
  if (t.onPacket) t.onPacket(connRec(s), e.isOrig, pkt);

  // 13. Payload into this direction's reassembler.
  if (len > 0 && !rst && e.reasm !== null && !e.reasm.skipping) {
    if (pkt.payloadCap < len) {
      connWeird(s, 'truncated_tcp_payload');
    } else {
      sinkSession = s;
      sinkEndpoint = e;
      sinkFlags = f;
      sink.keepDelivered = t.hot.rexmitInconsistency;
      const relData = syn ? rel + 1 : rel;
      t.totalBuffered += insertSegment(e.reasm, relData, pkt.data, pkt.payloadOff, len, sink);
      enforceLimits(s, e, p);
    }
  }

  // 14. EOF of this direction, then this packet's close.
  checkEOF(s, e, p);
  if (doClose && !s.removed) connectionClosed(s, e, p, genEvent);
}

/** Re-initialises an endpoint's sequence space after a SYN seq jump (drops its stream). */
function reinit(s: Session, e: EndpointState, seq: number, onePast32: number): void {
  initSeq(e, seq, onePast32);
  if (e.reasm) s.tracker.totalBuffered -= resetReassembler(e.reasm);
}

/** Buffering limits of 4.3, plus rxbro's global bound. */
function enforceLimits(s: Session, e: EndpointState, p: EndpointState): void {
  const r = e.reasm!;
  const t = s.tracker;
  const opts = t.opts;
  // Copies kept for `rexmit_inconsistency` give way first: past the bounds only the
  // comparison with delivered data is given up, deliveries go on as without them.
  if (
    r.heldBytes > 0 &&
    (t.totalBuffered > opts.max_total_reassembly_bytes || r.heldBytes + r.buffered > opts.tcp_excessive_data_without_further_acks)
  ) {
    t.totalBuffered += dropHeld(r);
  }
  if (r.buffered > 0) {
    if (noDataAcked(e) && r.buffered > opts.tcp_max_above_hole_without_any_acks) {
      connWeird(s, 'above_hole_data_without_any_acks');
      t.totalBuffered += stopReassembly(r);
    } else if (r.buffered > opts.tcp_excessive_data_without_further_acks) {
      connWeird(s, 'excessive_data_without_further_acks');
      t.totalBuffered += stopReassembly(r);
    } else if (t.totalBuffered > opts.max_total_reassembly_bytes) {
      t.totalBuffered += stopReassembly(r);
    }
  }
  // Delivered but unacknowledged data is not kept past the initial window.
  if (noDataAcked(e) && opts.tcp_max_initial_window && tcpEndpointSize(e, p) > opts.tcp_max_initial_window) {
    if (r.trimSeq < r.nextSeq) {
      r.trimSeq = r.nextSeq;
      if (r.heldBytes > 0) t.totalBuffered += trimHeld(r, r.trimSeq);
    }
  }
}

// Bro's timer types for prof.log (engine.md 6.3), looked up by callback only when a profile is written.
nameTimerCallback(deleteTimer, 'ConnectionDeleteTimer');
nameTimerCallback(tcpDeleteTimer, 'TCPConnectionDeleteTimer');
nameTimerCallback(expireTimer, 'TCPConnectionExpireTimer');
nameTimerCallback(attemptTimer, 'TCPConnectionAttemptTimer');
nameTimerCallback(partialCloseTimer, 'TCPConnectionPartialClose');
nameTimerCallback(resetTimer, 'TCPConnectionResetTimer');
