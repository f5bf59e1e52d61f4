import { DecodeContext } from './DecodeContext';
import { enforceFragmentBound, FragmentBlock, Reassembler, removeReassembler } from './fragmentTable';
import { flowWeird } from './reportWeird';

/** Zeek's MIN_ACCEPTABLE_FRAG_SIZE / MAX_ACCEPTABLE_FRAG_SIZE. */
const MIN_FRAG = 64;
const MAX_FRAG = 64000;

/**
 * Adds the fragment now in `ctx.pkt` (IP header accepted, fully captured) to its
 * reassembler (engine.md 1.9) and returns the rebuilt frame when the datagram
 * is complete, else null.
 *
 * The returned buffer is the current frame's link header, then the
 * unfragmentable header of the fragment that created the reassembler with its
 * length field rewritten (IPv6: and the Next Header that named the Fragment
 * header replaced by the offset-0 fragment's next protocol), then the payload.
 * Keeping the link header makes `l2SrcOff`/`l2DstOff`/`ipOff` stay valid.
 *
 * ## Example
 * ```ts
 * const frame = reassembleFragment(ctx, hdrLen, totalLen, offset, mf, id);
 * if (frame === null) return false; // buffered
 * ```
 */
export function reassembleFragment(
  ctx: DecodeContext,
  hdrLen: number,
  totalLen: number,
  offset: number,
  mf: boolean,
  id: number,
): Buffer | null {
  const p = ctx.pkt;
  const t = ctx.frags;
  const d = p.data;
  const v6 = p.ipVersion === 6;
  const proto = v6 ? ctx.v6NextProto : p.proto;
  const key = v6
    ? '6:' + d.toString('latin1', p.srcOff, p.srcOff + 16) + d.toString('latin1', p.dstOff, p.dstOff + 16) + ':' + id
    : '4:' + p.src4 + ':' + p.dst4 + ':' + id;
  let r = t.byKey.get(key);
  if (r === undefined) {
    // IPv6: the unfragmentable part is everything before the Fragment header.
    const unfrag = v6 ? ctx.v6FragOff - p.ipOff : hdrLen;
    r = {
      key,
      expire: t.timeout > 0 ? ctx.netTime + t.timeout : Infinity,
      version: p.ipVersion,
      hdr: Buffer.from(d.subarray(p.ipOff, p.ipOff + unfrag)),
      proto,
      hdrLen: unfrag,
      nhPatch: v6 ? ctx.v6FragNhOff - p.ipOff : -1,
      fragSize: 0,
      blocks: [],
      bytes: 0,
    };
    t.byKey.set(key, r);
  }

  // Checks in Zeek's order (Frag.cc AddFragment).
  if (v6 ? proto !== r.proto || hdrLen - 8 !== r.hdrLen : proto !== r.proto || hdrLen !== r.hdrLen) {
    flowWeird(ctx, 'fragment_protocol_inconsistency', '');
  }
  if (p.df) flowWeird(ctx, 'fragment_with_DF', '');
  if (totalLen < hdrLen) {
    flowWeird(ctx, 'fragment_protocol_inconsistency', '');
    return null;
  }
  const upper = offset + totalLen - hdrLen;
  if (offset === 0) r.proto = proto;
  if (!mf) {
    if (r.fragSize === 0) {
      r.fragSize = upper;
    } else if (upper !== r.fragSize) {
      flowWeird(ctx, 'fragment_size_inconsistency', '');
      if (upper > r.fragSize) r.fragSize = upper;
    }
  } else if (totalLen < MIN_FRAG) {
    flowWeird(ctx, 'excessively_small_fragment', '');
  }
  if (upper > MAX_FRAG) flowWeird(ctx, 'excessively_large_fragment', '');
  if (r.fragSize !== 0 && upper > r.fragSize) {
    // A non-last fragment reaching past the size a last fragment announced.
    flowWeird(ctx, 'fragment_size_inconsistency', '');
    r.fragSize = upper;
  }
  if (upper === offset) return null; // empty fragment: Zeek's NewBlock ignores it

  insertBlock(ctx, r, offset, upper, p.ipOff + hdrLen);
  const frame = complete(ctx, r);
  // A completed datagram left the table already; only pending bytes count against the bound.
  if (frame === null && t.bytes > t.maxBytes) enforceFragmentBound(t);
  return frame;
}

/** Inserts `[seq, upper)` from the packet at `dataOff`, reporting overlaps; old bytes win. */
function insertBlock(ctx: DecodeContext, r: Reassembler, seq: number, upper: number, dataOff: number): void {
  const d = ctx.pkt.data;
  const blocks = r.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (upper <= b.seq || seq >= b.upper) continue;
    const os = seq > b.seq ? seq : b.seq;
    const ou = upper < b.upper ? upper : b.upper;
    const same = d.compare(b.data, os - b.seq, ou - b.seq, dataOff + (os - seq), dataOff + (ou - seq)) === 0;
    flowWeird(ctx, same ? 'fragment_overlap' : 'fragment_inconsistency', '');
  }
  const pieces: FragmentBlock[] = [];
  let cur = seq;
  for (let i = 0; i < blocks.length && cur < upper; i++) {
    const b = blocks[i];
    if (b.upper <= cur) continue;
    if (b.seq >= upper) break;
    if (b.seq > cur) pieces.push(piece(d, dataOff, seq, cur, b.seq));
    if (b.upper > cur) cur = b.upper;
  }
  if (cur < upper) pieces.push(piece(d, dataOff, seq, cur, upper));
  if (pieces.length === 0) return;
  for (const pc of pieces) {
    blocks.push(pc);
    r.bytes += pc.upper - pc.seq;
    ctx.frags.bytes += pc.upper - pc.seq;
  }
  blocks.sort((a, b) => a.seq - b.seq);
}

function piece(d: Buffer, dataOff: number, seq: number, from: number, to: number): FragmentBlock {
  // Copy: the record's bytes belong to the reader and are reused.
  return { seq: from, upper: to, data: Buffer.from(d.subarray(dataOff + (from - seq), dataOff + (to - seq))) };
}

/** Zeek's BlockInserted: builds the frame once the payload is contiguous up to the size. */
function complete(ctx: DecodeContext, r: Reassembler): Buffer | null {
  const blocks = r.blocks;
  if (blocks.length === 0 || blocks[0].seq > 0 || r.fragSize === 0) return null;
  let i = 0;
  while (i + 1 < blocks.length && blocks[i].upper === blocks[i + 1].seq) i++;
  const last = blocks[blocks.length - 1];
  if (i + 1 < blocks.length) {
    // A hole: analyse the contiguous part if it already reaches the expected size.
    if (blocks[i].upper < r.fragSize) return null;
    flowWeird(ctx, 'fragment_size_inconsistency', '');
    r.fragSize = blocks[i].upper;
  } else if (last.upper > r.fragSize) {
    flowWeird(ctx, 'fragment_size_inconsistency', '');
    r.fragSize = last.upper;
  } else if (last.upper < r.fragSize) {
    return null;
  }
  removeReassembler(ctx.frags, r);
  const p = ctx.pkt;
  const datagram = r.hdrLen + r.fragSize;
  // The rebuilt length must fit the IP length field.
  if (datagram - (r.version === 6 ? 40 : 0) > 0xffff) return null;
  const out = Buffer.allocUnsafe(p.ipOff + datagram);
  p.data.copy(out, 0, 0, p.ipOff);
  r.hdr.copy(out, p.ipOff);
  const base = p.ipOff + r.hdrLen;
  for (let k = 0; k <= i; k++) {
    const b = blocks[k];
    const n = (b.upper < r.fragSize ? b.upper : r.fragSize) - b.seq;
    if (n > 0) b.data.copy(out, base + b.seq, 0, n);
  }
  if (r.version === 4) {
    out.writeUInt16BE(datagram, p.ipOff + 2);
  } else {
    out.writeUInt16BE(datagram - 40, p.ipOff + 4);
    out[p.ipOff + r.nhPatch] = r.proto;
  }
  return out;
}
