/**
 * One direction of a TCP stream (engine.md 4.3), in relative sequence space
 * (SYN = 0, first data byte = 1, 64-bit, so wrap-arounds are already unfolded).
 *
 * It keeps only the undelivered blocks (copies of the segment bytes) plus the
 * extent of delivered data the peer has not acknowledged yet — Zeek keeps those
 * segments until they are acknowledged, and their presence delays the peer's
 * EOF and close (3.5), so the extent is all that matters here. Only while
 * `rexmit_inconsistency` is handled (the sink's `keepDelivered`) are the
 * delivered-but-unacknowledged bytes kept too (`held`), since Zeek compares a
 * retransmission with every byte it still holds (4.3).
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
  /**
   * Delivered blocks not yet acknowledged, sorted, as Zeek holds them (a block
   * straddling the acknowledgement stays whole); kept only while the sink's
   * `keepDelivered` is on (empty shared array otherwise).
   */
  held: ReassemblyBlock[];
  /** Bytes in `held` (counted in the global bound, not in the per-direction limits). */
  heldBytes: number;
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
  /**
   * Compare new segments with the bytes already held and keep copies of delivered
   * data until it is acknowledged (on only while someone wants `overlap`).
   */
  keepDelivered?: boolean;
  /**
   * With `keepDelivered`: `n` bytes of a new segment (`nbuf` at `noff`) differ
   * from the bytes held for the same sequence numbers (`obuf` at `ooff`). Called
   * once per held block the segment overlaps, in sequence order, before anything
   * of the segment is delivered; the buffers are valid only during the call.
   */
  overlap?(obuf: Buffer, ooff: number, nbuf: Buffer, noff: number, n: number): void;
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
  return { nextSeq: 1, trimSeq: 1, heldEnd: 1, blocks: NO_BLOCKS, buffered: 0, skipping: false, held: NO_BLOCKS, heldBytes: 0 };
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
  const freed = r.buffered + r.heldBytes;
  r.nextSeq = 1;
  r.trimSeq = 1;
  r.heldEnd = 1;
  r.blocks = NO_BLOCKS;
  r.buffered = 0;
  r.held = NO_BLOCKS;
  r.heldBytes = 0;
  return freed;
}

/** Whether the reassembler still holds segments (delivered-but-unacked or buffered). */
export function hasHeldData(r: Reassembler): boolean {
  return r.blocks.length > 0 || r.heldEnd > r.trimSeq;
}

/**
 * Inserts `len` payload bytes of `buf` at `off` as relative sequence `seq`. New
 * bytes only fill holes (existing bytes win); in-order data is delivered at once
 * without a copy, the rest copied and buffered. With the sink's `keepDelivered`
 * the segment is first compared with every byte still held at or above the
 * acknowledgement (delivered or not; `overlap` where they differ) and delivered
 * data is kept in `held`. Returns the change in buffered and held bytes (for the
 * global memory bound).
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
  const keep = sink.keepDelivered === true;
  if (keep) checkOverlaps(r, seq, buf, off, end, sink);
  const floor = r.nextSeq > r.trimSeq ? r.nextSeq : r.trimSeq;
  if (end <= floor) {
    // Entirely old: a retransmission of delivered (or acknowledged) data.
    return 0;
  }
  if (start < floor) start = floor;
  const before = r.buffered + r.heldBytes;
  if (start === r.nextSeq && (r.blocks.length === 0 || r.blocks[0].seq >= end)) {
    // Fast path: in order and no overlap with buffered blocks, deliver the view directly.
    sink.deliver(start, buf, off + (start - seq), end - start);
    if (keep) {
      // Zeek would have stored this piece as a block: keep a copy until it is acknowledged.
      const piece = Buffer.allocUnsafe(end - start);
      buf.copy(piece, 0, off + (start - seq), off + len);
      hold(r, { seq: start, data: piece });
    }
    r.nextSeq = end;
    if (end > r.heldEnd) r.heldEnd = end;
    deliverContiguous(r, sink);
    return r.buffered + r.heldBytes - before;
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
  return r.buffered + r.heldBytes - before;
}

/**
 * Zeek's `CheckOverlap` (Reassem.cc) over the blocks it still holds: the part of
 * the new segment at or above the acknowledgement is compared with each held
 * block it overlaps, delivered ones first (they lie below the undelivered ones).
 */
function checkOverlaps(r: Reassembler, seq: number, buf: Buffer, off: number, end: number, sink: ReassemblySink): void {
  const from = seq > r.trimSeq ? seq : r.trimSeq;
  if (end <= from) return;
  if (r.held.length > 0) compareBlocks(r.held, from, end, seq, buf, off, sink);
  if (r.blocks.length > 0) compareBlocks(r.blocks, from, end, seq, buf, off, sink);
}

function compareBlocks(blocks: ReassemblyBlock[], from: number, end: number, seq: number, buf: Buffer, off: number, sink: ReassemblySink): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.seq >= end) break;
    const bEnd = b.seq + b.data.length;
    if (bEnd <= from) continue;
    const lo = b.seq > from ? b.seq : from;
    const hi = bEnd < end ? bEnd : end;
    const noff = off + (lo - seq);
    const ooff = lo - b.seq;
    const n = hi - lo;
    if (b.data.compare(buf, noff, noff + n, ooff, ooff + n) !== 0 && sink.overlap) sink.overlap(b.data, ooff, buf, noff, n);
  }
}

/** Appends a delivered block to `held` (kept until acknowledged). */
function hold(r: Reassembler, b: ReassemblyBlock): void {
  if (r.held === NO_BLOCKS) r.held = [];
  r.held.push(b);
  r.heldBytes += b.data.length;
}

/**
 * Releases the delivered blocks that end at or below `seq` (a block straddling it
 * stays whole, as in Zeek's `TrimToSeq`). Returns the (negative) change in held bytes.
 *
 * ## Example
 * ```ts
 * t.totalBuffered += trimHeld(r, r.trimSeq);
 * ```
 */
export function trimHeld(r: Reassembler, seq: number): number {
  const held = r.held;
  const before = r.heldBytes;
  while (held.length > 0 && held[0].seq + held[0].data.length <= seq) r.heldBytes -= held.shift()!.data.length;
  return r.heldBytes - before;
}

/**
 * Drops every held copy of delivered data (the comparison with it is given up:
 * memory bounds, 4.3). Returns the (negative) change in held bytes.
 *
 * ## Example
 * ```ts
 * t.totalBuffered += dropHeld(r);
 * ```
 */
export function dropHeld(r: Reassembler): number {
  const freed = r.heldBytes;
  r.held = NO_BLOCKS;
  r.heldBytes = 0;
  return -freed;
}

/** Delivers every buffered block that starts at `nextSeq`, in order. */
function deliverContiguous(r: Reassembler, sink: ReassemblySink): void {
  const blocks = r.blocks;
  while (blocks.length > 0 && blocks[0].seq <= r.nextSeq) {
    const b = blocks.shift()!;
    r.buffered -= b.data.length;
    // With `keepDelivered` the block moves to `held` whole (Zeek keeps it in its list).
    if (sink.keepDelivered === true) hold(r, b);
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
  const before = r.buffered + r.heldBytes;
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
  if (r.heldBytes > 0) trimHeld(r, ack);
  return r.buffered + r.heldBytes - before;
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
  const freed = r.buffered + r.heldBytes;
  r.blocks = NO_BLOCKS;
  r.buffered = 0;
  r.held = NO_BLOCKS;
  r.heldBytes = 0;
  r.skipping = true;
  return -freed;
}
