/**
 * Wires the signature engine into a run (engine.md 5.9): header facts from the first packet of
 * each direction, TCP payload from the reassembled streams, UDP/ICMP payload per packet, removal,
 * and the matches back into the event engine as `signature_match` and custom events.
 */
import type { Connection } from '../conn/records';
import type { Packet } from '../packet/Packet';
import { TCP_SYN } from '../packet/Packet';
import { setAdd } from '../runtime/table';
import {
  createSignatureEngine, finishConn, headerFactsFromPacket, initEndpoint, matchAnalyzerData, matchDatagram, matchGap,
  matchIcmp, matchStream, newConnMatch, type ConnMatchState, type MatcherOptions, type Signature, type SignatureEngine,
  type SignatureState,
} from '../signatures';
import { createHttpParser, feedHttp, finishHttp, HTTP_PATTERN_TYPES, type HttpParser, type HttpSink } from '../analyzers';

/** What the adapter needs from the run: the event queue, script values, and where errors go. */
export interface SignatureRunContext {
  events: { has(name: string): boolean; raise(name: string, ...args: unknown[]): void };
  /** Script globals by name (eval functions). */
  global(name: string): unknown;
  /** A run-time error inside an `eval` function (it then counts as false). */
  onEvalError(name: string, err: unknown): void;
  /** An `eval` function that returned no value (false; Zeek warns on each call, engine.md 5.7). */
  onEvalNoValue?(name: string): void;
}

/** Per-connection bookkeeping beside the matcher state. */
interface ConnSig {
  cm: ConnMatchState<Connection>;
  /** Orientation when the state was created; a different one later means the connection flipped. */
  origH: string;
  origP: number;
  flipped: boolean;
  /** TCP: a packet was seen from each side / one without SYN (for `tcp-state established`). */
  sawOrig: boolean;
  sawResp: boolean;
  sawNonSyn: boolean;
  http: HttpParser | null;
  /**
   * With HTTP signatures loaded: copies of the stream chunks (both directions, arrival order) while
   * the matcher still runs, replayed into the HTTP parsing when `enable "http"` fires (Zeek replays
   * its DPD buffer into the analyzer it attaches).
   */
  dpdBuffer: { isOrig: boolean; data: Buffer }[] | null;
}

/** The tracker hooks (see src/conn/README.md) plus statistics access. */
export interface SignatureRun {
  engine: SignatureEngine<Connection>;
  /** Payload bytes handed to the matcher while it was still matching (TCP, UDP, ICMP). */
  scannedBytes: number;
  /** `event` actions executed (signature_match and custom events, handled or not). */
  matches: number;
  onPacket(c: Connection, isOrig: boolean, pkt: Packet): void;
  /**
   * The tracker's `onIcmpHeader`: initialises an ICMP direction before the packet's `icmp_*` event,
   * so header-only matches are queued before it (5.9); without it `onPacket` initialises (after).
   */
  onIcmpHeader(c: Connection, isOrig: boolean, pkt: Packet): void;
  onStreamData(c: Connection, isOrig: boolean, data: Buffer, seq: number): void;
  onStreamGap(c: Connection, isOrig: boolean, seq: number, len: number): void;
  /**
   * The tracker's `onRemove` (called before `connection_state_remove` is raised, so end-of-stream
   * matches precede it as in Zeek); call it before conn.log is written (so `enable` and `eval`
   * changes to `service` show).
   */
  onRemove(c: Connection): void;
}

/** Ports the HTTP parsing attaches to by itself (Zeek's HTTP analyzer registration), besides `enable "http"`. */
const HTTP_PORTS = new Set([80, 81, 631, 1080, 3128, 8000, 8080, 8888]);

/** Bro's `signature_state` record value (fields in declaration order; `id` is the old-Bro alias of `sig_id`). */
function stateRecord(st: SignatureState<Connection>): Record<string, unknown> {
  return { sig_id: st.sig_id, id: st.sig_id, conn: st.conn, is_orig: st.is_orig, payload_size: st.payload_size };
}

/**
 * Creates the run's signature adapter. Connections are created lazily on their first packet; the
 * HTTP parsing runs only when some signature has an `http-*` condition.
 *
 * ## Example
 * ```ts
 * const sigs = createSignatureRun(signatures, { events, global: (n) => program.global(n), onEvalError }, { dpdBufferSize: 1024 });
 * createConnectionTracker({ ..., onPacket: sigs.onPacket, onIcmpHeader: sigs.onIcmpHeader,
 *   onStreamData: sigs.onStreamData, onStreamGap: sigs.onStreamGap, onRemove: (c) => sigs.onRemove(c) });
 * ```
 */
export function createSignatureRun(signatures: readonly Signature[], ctx: SignatureRunContext, options: MatcherOptions = {}): SignatureRun {
  const conns = new Map<Connection, ConnSig>();
  const wantsHttp = signatures.some((s) => s.patterns.some((p) => HTTP_PATTERN_TYPES.has(p.type)));
  const engine = createSignatureEngine<Connection>(
    signatures,
    {
      signatureMatch(st, msg, data, eom) {
        run.matches++;
        if (ctx.events.has('signature_match')) ctx.events.raise('signature_match', stateRecord(st), msg, data, eom);
      },
      customEvent(name, st, msg, data, eom) {
        run.matches++;
        if (!ctx.events.has(name)) return;
        if (msg === undefined) ctx.events.raise(name, stateRecord(st), data, eom);
        else ctx.events.raise(name, stateRecord(st), msg, data, eom);
      },
      enable(analyzer, st) {
        const name = analyzer.toLowerCase();
        setAdd(st.conn.service, name);
        // Past the DPD buffer (only possible with dpd_match_only_beginning = F) Zeek reports a late match.
        const late = conns.get(st.conn);
        if (late !== undefined && late.cm.overLimit && ctx.events.has('protocol_late_match')) {
          ctx.events.raise('protocol_late_match', st.conn, name);
        }
        if (name === 'http' && wantsHttp) {
          const cs = conns.get(st.conn);
          if (cs && cs.http === null) {
            const http = createHttpParser(httpSinkFor(cs));
            cs.http = http;
            const buffered = cs.dpdBuffer ?? [];
            cs.dpdBuffer = null;
            for (const b of buffered) feedHttp(http, b.isOrig, b.data);
          }
        }
      },
      eval(name, st, data) {
        const f = ctx.global(name);
        if (typeof f !== 'function') return false;
        try {
          const r = f(stateRecord(st), data);
          if (r === undefined) ctx.onEvalNoValue?.(name);
          return r === true;
        } catch (err) {
          ctx.onEvalError(name, err);
          return false;
        }
      },
      isEstablished(c) {
        const cs = conns.get(c);
        return cs !== undefined && cs.sawOrig && cs.sawResp && cs.sawNonSyn;
      },
    },
    options,
  );

  function httpSinkFor(cs: ConnSig): HttpSink {
    return {
      data(isOrig, type, bytes, bol, eol, clear) {
        matchAnalyzerData(engine, cs.cm, isOrig, type, bytes, { bol, eol, clear });
      },
    };
  }

  function connSig(c: Connection, proto: number): ConnSig {
    let cs = conns.get(c);
    if (cs === undefined) {
      cs = {
        cm: newConnMatch(engine, c, proto), origH: c.id.orig_h, origP: c.id.orig_p, flipped: false,
        sawOrig: false, sawResp: false, sawNonSyn: false, http: null, dpdBuffer: null,
      };
      if (wantsHttp && proto === 6 && HTTP_PORTS.has(c.id.resp_p & 0xffff)) cs.http = createHttpParser(httpSinkFor(cs));
      conns.set(c, cs);
    }
    return cs;
  }

  const run: SignatureRun = {
    engine,
    scannedBytes: 0,
    matches: 0,
    onPacket(c, isOrig, pkt) {
      const cs = connSig(c, pkt.proto);
      const cm = cs.cm;
      // A flip leaves the matcher states where they are and marks both directions as seen (5.9).
      if (!cs.flipped && (c.id.orig_h !== cs.origH || c.id.orig_p !== cs.origP)) cs.flipped = true;
      if ((isOrig ? cm.orig : cm.resp) === null && !cs.flipped) initEndpoint(engine, cm, isOrig, headerFactsFromPacket(pkt));
      const proto = pkt.proto;
      if (proto === 6) {
        if (isOrig) cs.sawOrig = true;
        else cs.sawResp = true;
        if ((pkt.tcpFlags & TCP_SYN) === 0) cs.sawNonSyn = true;
      } else if (proto === 17) {
        if (!cm.stopped) run.scannedBytes += pkt.payloadCap;
        matchDatagram(engine, cm, isOrig, pkt.data.subarray(pkt.payloadOff, pkt.payloadOff + pkt.payloadCap));
      } else if (proto === 1 || proto === 58) {
        const from = pkt.l4Off + 8;
        const to = pkt.l4Off + pkt.l4Cap;
        if (to >= from) run.scannedBytes += to - from;
        if (to >= from) matchIcmp(engine, cm, isOrig, pkt.data.subarray(from, to));
      }
    },
    onIcmpHeader(c, isOrig, pkt) {
      const cs = connSig(c, pkt.proto);
      const cm = cs.cm;
      if ((isOrig ? cm.orig : cm.resp) === null) initEndpoint(engine, cm, isOrig, headerFactsFromPacket(pkt));
    },
    onStreamData(c, isOrig, data) {
      const cs = connSig(c, 6);
      const http = cs.http;
      if (!cs.cm.stopped) {
        run.scannedBytes += data.length;
        if (wantsHttp && http === null) (cs.dpdBuffer ??= []).push({ isOrig, data: Buffer.from(data) });
      }
      // An `enable "http"` while this chunk is matched replays the buffer, this chunk included.
      matchStream(engine, cs.cm, isOrig, data);
      if (cs.cm.stopped) cs.dpdBuffer = null;
      if (http !== null) feedHttp(http, isOrig, data);
    },
    onStreamGap(c, isOrig) {
      const cs = conns.get(c);
      if (cs !== undefined) matchGap(engine, cs.cm, isOrig);
    },
    onRemove(c) {
      const cs = conns.get(c);
      if (cs === undefined) return;
      conns.delete(c);
      if (cs.http !== null) finishHttp(cs.http);
      finishConn(engine, cs.cm);
    },
  };
  return run;
}
