/**
 * One direction of a TCP stream (engine.md 4.3), in relative sequence space
 * (SYN = 0, first data byte = 1, 64-bit, so wrap-arounds are already unfolded).
 *
 * It keeps only the undelivered blocks (copies of the segment bytes) plus the
 * extent of delivered data the peer has not acknowledged yet — Zeek keeps those
 * segments until they are acknowledged, and their presence delays the peer's
 * EOF and close (3.5), so the extent is all that matters here.
 */
export interface Reassembler {
  /** Next sequence number to deliver (Zeek's `last_reassem_seq`). */
  nextSeq: number;
  /** Everything below was acknowledged and forgotten. */
  trimSeq: number;
  /** End of delivered data still held (not yet acknowledged). */
  heldEnd: number;
  /** Undelivered blocks above a hole, sorted by `seq`, non-overlapping (empty shared array until needed). */
  blocks: ReassemblyBlock[];
  /** Bytes in `blocks`. */
  buffered: number;
  /** Deliveries stopped (limits exceeded, 4.3). */
  skipping: boolean;
}

export interface ReassemblyBlock {
  seq: number;
  data: Buffer;
}

/**
 * Receives the reassembler's output: in-order chunks (`len` bytes of `buf` at
 * `off`, valid only during the call) and gaps (data acknowledged but never seen).
 */
export interface ReassemblySink {
  deliver(seq: number, buf: Buffer, off: number, len: number): void;
  gap(seq: number, len: number): void;
}

/**
 * A fresh reassembler starting at relative sequence 1.
 *
 * ## Example
 * ```ts
 * const r = createReassembler(); r.nextSeq; // 1
 * ```
 */
export function createReassembler(): Reassembler {
  return { nextSeq: 1, trimSeq: 1, heldEnd: 1, blocks: NO_BLOCKS, buffered: 0, skipping: false };
}

/** Most streams never buffer anything: they share this empty, never-written array. */
export const NO_BLOCKS: ReassemblyBlock[] = [];

/**
 * Resets a reassembler after a sequence re-initialisation (SYN seq jump).
 *
 * ## Example
 * ```ts
 * resetReassembler(r); r.blocks.length; // 0
 * ```
 */
export function resetReassembler(r: Reassembler): number {
  const freed = r.buffered;
  r.nextSeq = 1;
  r.trimSeq = 1;
  r.heldEnd = 1;
  r.blocks = NO_BLOCKS;
  r.buffered = 0;
  return freed;
}

/** Whether the reassembler still holds segments (delivered-but-unacked or buffered). */
export function hasHeldData(r: Reassembler): boolean {
  return r.blocks.length > 0 || r.heldEnd > r.trimSeq;
}

/**
 * Inserts `len` payload bytes of `buf` at `off` as relative sequence `seq`. New
 * bytes only fill holes (existing bytes win); in-order data is delivered at once
 * without a copy, the rest copied and buffered. Returns the change in buffered
 * bytes (for the global memory bound).
 *
 * ## Example
 * ```ts
 * insertSegment(r, 1, pkt.data, pkt.payloadOff, pkt.payloadLen, sink); // sink.deliver(1, ...)
 * ```
 */
export function insertSegment(r: Reassembler, seq: number, buf: Buffer, off: number, len: number, sink: ReassemblySink): number {
  if (r.skipping || len === 0) return 0;
  let start = seq;
  const end = seq + len;
  const floor = r.nextSeq > r.trimSeq ? r.nextSeq : r.trimSeq;
  if (end <= floor) {
    // Entirely old: a retransmission of delivered (or acknowledged) data.
    return 0;
  }
  if (start < floor) start = floor;
  const before = r.buffered;
  if (start === r.nextSeq && (r.blocks.length === 0 || r.blocks[0].seq >= end)) {
    // Fast path: in order and no overlap with buffered blocks, deliver the view directly.
    sink.deliver(start, buf, off + (start - seq), end - start);
    r.nextSeq = end;
    if (end > r.heldEnd) r.heldEnd = end;
    deliverContiguous(r, sink);
    return r.buffered - before;
  }
  // Fill holes only: walk the sorted blocks and insert the uncovered pieces.
  if (r.blocks === NO_BLOCKS) r.blocks = [];
  const blocks = r.blocks;
  let i = 0;
  let cur = start;
  while (cur < end) {
    while (i < blocks.length && blocks[i].seq + blocks[i].data.length <= cur) i++;
    if (i < blocks.length && blocks[i].seq <= cur) {
      cur = blocks[i].seq + blocks[i].data.length;
      continue;
    }
    const holeEnd = i < blocks.length && blocks[i].seq < end ? blocks[i].seq : end;
    const piece = Buffer.allocUnsafe(holeEnd - cur);
    buf.copy(piece, 0, off + (cur - seq), off + (holeEnd - seq));
    blocks.splice(i, 0, { seq: cur, data: piece });
    r.buffered += piece.length;
    i++;
    cur = holeEnd;
  }
  deliverContiguous(r, sink);
  return r.buffered - before;
}

/** Delivers every buffered block that starts at `nextSeq`, in order. */
function deliverContiguous(r: Reassembler, sink: ReassemblySink): void {
  const blocks = r.blocks;
  while (blocks.length > 0 && blocks[0].seq <= r.nextSeq) {
    const b = blocks.shift()!;
    r.buffered -= b.data.length;
    const bEnd = b.seq + b.data.length;
    if (bEnd <= r.nextSeq) continue;
    const skip = b.seq < r.nextSeq ? r.nextSeq - b.seq : 0;
    sink.deliver(r.nextSeq, b.data, skip, b.data.length - skip);
    r.nextSeq = bEnd;
    if (bEnd > r.heldEnd) r.heldEnd = bEnd;
  }
}

/**
 * The peer acknowledged everything below `ack`: data up to it is released;
 * buffered blocks below it are delivered and every hole before them, and the
 * remaining hole up to `ack`, is reported as a gap (engine.md 4.3). With
 * `noGap` (the partial-connection artefact of 4.3) the skip is silent.
 * Returns the change in buffered bytes.
 *
 * ## Example
 * ```ts
 * ackReceived(r, 2903, sink, false); // sink.gap(1, 2902) when bytes 1..2902 were never seen
 * ```
 */
export function ackReceived(r: Reassembler, ack: number, sink: ReassemblySink, noGap: boolean): number {
  if (ack <= r.trimSeq) return 0;
  const before = r.buffered;
  if (ack > r.nextSeq && !r.skipping) {
    if (noGap) {
      r.nextSeq = ack;
    } else {
      const blocks = r.blocks;
      while (blocks.length > 0 && blocks[0].seq < ack) {
        const b = blocks[0];
        if (b.seq > r.nextSeq) {
          sink.gap(r.nextSeq, b.seq - r.nextSeq);
          r.nextSeq = b.seq;
        }
        deliverContiguous(r, sink);
      }
      if (ack > r.nextSeq) {
        sink.gap(r.nextSeq, ack - r.nextSeq);
        r.nextSeq = ack;
      }
    }
  }
  r.trimSeq = ack;
  // Blocks wholly below the acknowledgement can no longer be delivered usefully.
  while (r.blocks.length > 0 && r.blocks[0].seq + r.blocks[0].data.length <= ack) {
    r.buffered -= r.blocks.shift()!.data.length;
  }
  return r.buffered - before;
}

/**
 * Drops everything buffered and stops deliveries (4.3 limits). Returns the
 * (negative) change in buffered bytes.
 *
 * ## Example
 * ```ts
 * stopReassembly(r); r.skipping; // true
 * ```
 */
export function stopReassembly(r: Reassembler): number {
  const freed = r.buffered;
  r.blocks = NO_BLOCKS;
  r.buffered = 0;
  r.skipping = true;
  return -freed;
}
