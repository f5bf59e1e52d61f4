import { NO_BLOCKS, resetReassembler } from './reassembler';
import { TCP_INACTIVE, TCP_RESET, TCP_SYN_SENT } from './records';
import type { EndpointState } from './session';

/**
 * A fresh endpoint state with its script record.
 *
 * ## Example
 * ```ts
 * const e = createEndpointState(true, withReassembly);
 * ```
 */
export function createEndpointState(isOrig: boolean, reassemble: boolean): EndpointState {
  // Field order is memory order: the fields every packet reads come first (see blankSession in tracker.ts).
  const e: EndpointState = {
    sawPacket: false,
    isOrig,
    state: TCP_INACTIVE,
    didClose: false,
    didEOF: false,
    numPkts: 0,
    numBytesIp: 0,
    isn: 0,
    last: 0,
    ackd: 0,
    reasm: null,
    // The reassembler's fields (see EndpointState.reasm).
    nextSeq: 1,
    trimSeq: 1,
    heldEnd: 1,
    blocks: NO_BLOCKS,
    buffered: 0,
    skipping: false,
    finCnt: 0,
    rstCnt: 0,
    prevState: TCP_INACTIVE,
    closePending: false,
    closeGenEvent: false,
    finRel: 0,
    histLastSyn: 0,
    histLastFin: 0,
    histLastRst: 0,
    size: 0,
    flowLabel: 0,
    mac: -1,
    rec: null,
    chkCnt: 0,
    chkThresh: 1,
    rxmtCnt: 0,
    rxmtThresh: 1,
    winCnt: 0,
    winThresh: 1,
    gapCnt: 0,
    gapThresh: 1,
    // Reassembler fields that hold data only while `rexmit_inconsistency` is handled: last.
    held: NO_BLOCKS,
    heldBytes: 0,
  };
  resetEndpointState(e, isOrig, reassemble);
  return e;
}

/**
 * Re-initialises an endpoint state for a new connection (pooled objects are
 * recycled this way); the script record is dropped (a new one is built when
 * needed), since scripts may keep the old one.
 *
 * ## Example
 * ```ts
 * resetEndpointState(s.orig, true, true);
 * ```
 */
export function resetEndpointState(e: EndpointState, isOrig: boolean, reassemble: boolean): void {
  e.rec = null;
  e.mac = -1;
  e.isOrig = isOrig;
  e.numPkts = 0;
  e.numBytesIp = 0;
  e.flowLabel = 0;
  e.size = 0;
  e.state = TCP_INACTIVE;
  e.prevState = TCP_INACTIVE;
  e.isn = 0;
  e.last = 0;
  e.ackd = 0;
  e.finCnt = 0;
  e.rstCnt = 0;
  e.finRel = 0;
  e.histLastSyn = 0;
  e.histLastFin = 0;
  e.histLastRst = 0;
  e.didClose = false;
  e.closePending = false;
  e.closeGenEvent = false;
  e.didEOF = false;
  e.chkCnt = 0;
  e.chkThresh = 1;
  e.rxmtCnt = 0;
  e.rxmtThresh = 1;
  e.winCnt = 0;
  e.winThresh = 1;
  e.gapCnt = 0;
  e.gapThresh = 1;
  e.sawPacket = false;
  resetReassembler(e);
  e.skipping = false;
  e.reasm = reassemble ? e : null;
}

/**
 * The 32-bit sequence number `seq` as an offset from `e`'s ISN, unfolded to the
 * offset nearest `ref` (itself an offset): Zeek's `seq_delta` from `ref`, added
 * to it, so sequence numbers that wrapped around 2^32 keep counting up.
 *
 * ## Example
 * ```ts
 * initSeq(e, 2 ** 32 - 3, 2 ** 32 - 2); // ISN near the wrap; e.last === 1
 * relSeq(e, 5, e.last); // 8: five bytes past the wrap
 * ```
 */
export function relSeq(e: EndpointState, seq: number, ref: number): number {
  // `| 0` takes the difference modulo 2^32 as a signed distance, exactly (all operands are integers).
  return ref + ((seq - e.isn - ref) | 0);
}

/**
 * Initialises an endpoint's sequence space (ISN, highest seq, highest ack).
 *
 * ## Example
 * ```ts
 * initSeq(e, pkt.seq, pkt.seq + 1); // after a SYN
 * ```
 */
export function initSeq(e: EndpointState, isn: number, last: number): void {
  e.isn = isn | 0;
  e.ackd = 0;
  e.last = (last - isn) | 0;
}

/** Whether nothing beyond the SYN was acknowledged (Zeek's `NoDataAcked`). */
export function noDataAcked(e: EndpointState): boolean {
  return e.ackd === 0 || e.ackd === 1;
}

/**
 * TCP endpoint size from sequence numbers (engine.md 2.8).
 *
 * ## Example
 * ```ts
 * tcpEndpointSize(orig, resp); // 136 for get.pcap's client
 * ```
 */
export function tcpEndpointSize(e: EndpointState, peer: EndpointState): number {
  if (e.prevState === TCP_SYN_SENT && e.state === TCP_RESET && peer.state === TCP_INACTIVE && !noDataAcked(e)) return 0;
  let size = e.last > e.ackd ? e.last : e.ackd;
  if (size <= 0) return 0;
  size--;
  if (e.finCnt > 0 && size !== 0) size--;
  return size;
}
