import {
  ackReceived,
  createReassembler,
  dropHeld,
  hasHeldData,
  insertSegment,
  NO_BLOCKS,
  Reassembler,
  ReassemblySink,
  resetReassembler,
  stopReassembly,
  trimHeld,
} from './reassembler';

/** Inserts text at `seq`, from inside a larger buffer so offsets are exercised. */
function ins(r: Reassembler, seq: number, text: string, sink: ReassemblySink): number {
  const buf = Buffer.from('##' + text + '##', 'latin1');
  return insertSegment(r, seq, buf, 2, text.length, sink);
}

function recorder() {
  const out: string[] = [];
  const sink: ReassemblySink = {
    deliver: (seq, buf, off, len) => out.push(`D${seq}:${buf.toString('latin1', off, off + len)}`),
    gap: (seq, len) => out.push(`G${seq}+${len}`),
  };
  return { out, sink };
}

/** A recorder that keeps delivered data and logs overlaps as `O<old>/<new>` (rexmit_inconsistency). */
function comparing() {
  const { out, sink } = recorder();
  sink.keepDelivered = true;
  sink.overlap = (ob, oo, nb, no, n) => out.push(`O${ob.toString('latin1', oo, oo + n)}/${nb.toString('latin1', no, no + n)}`);
  return { out, sink };
}

describe('reassembler (engine.md 4.3)', () => {
  it('delivers in-order data at once, one chunk per segment', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    ins(r, 1, 'abc', sink);
    ins(r, 4, 'def', sink);
    expect(out).toEqual(['D1:abc', 'D4:def']);
    expect(r.nextSeq).toBe(7);
    expect(r.buffered).toBe(0);
  });

  it('buffers data above a hole and delivers it when the hole fills', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    expect(ins(r, 4, 'def', sink)).toBe(3);
    expect(out).toEqual([]);
    expect(ins(r, 1, 'abc', sink)).toBe(-3);
    expect(out).toEqual(['D1:abc', 'D4:def']);
  });

  it('keeps the existing bytes where a new segment overlaps them', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    ins(r, 3, 'CD', sink);
    ins(r, 1, 'abcdef', sink);
    expect(out).toEqual(['D1:ab', 'D3:CD', 'D5:ef']);
  });

  it('ignores retransmissions of delivered data and trims partial ones', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    ins(r, 1, 'abc', sink);
    ins(r, 1, 'abc', sink);
    ins(r, 2, 'bcde', sink);
    expect(out).toEqual(['D1:abc', 'D4:de']);
  });

  it('reports an acknowledged hole as a gap and delivers what lies above it', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    ins(r, 1, 'ab', sink);
    ins(r, 6, 'fg', sink);
    ackReceived(r, 10, sink, false);
    expect(out).toEqual(['D1:ab', 'G3+3', 'D6:fg', 'G8+2']);
    expect(r.nextSeq).toBe(10);
    expect(hasHeldData(r)).toBe(false);
  });

  it('skips silently with noGap (partial-connection artefact)', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    ackReceived(r, 2, sink, true);
    expect(out).toEqual([]);
    expect(r.nextSeq).toBe(2);
  });

  it('holds delivered data until it is acknowledged', () => {
    const r = createReassembler();
    const { sink } = recorder();
    ins(r, 1, 'abc', sink);
    expect(hasHeldData(r)).toBe(true);
    ackReceived(r, 4, sink, false);
    expect(hasHeldData(r)).toBe(false);
  });

  it('copies buffered bytes (the packet buffer is reused by the decoder)', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    const pkt = Buffer.from('xyz');
    insertSegment(r, 4, pkt, 0, 3, sink);
    pkt.write('QQQ');
    ins(r, 1, 'abc', sink);
    expect(out).toEqual(['D1:abc', 'D4:xyz']);
  });

  it('stopReassembly drops everything and stops deliveries', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    ins(r, 5, 'zz', sink);
    expect(stopReassembly(r)).toBe(-2);
    ins(r, 1, 'abcd', sink);
    expect(out).toEqual([]);
    expect(r.buffered).toBe(0);
  });
});

describe('reassembler: retransmitted bytes that differ (rexmit_inconsistency, 4.3)', () => {
  it('compares with an undelivered block: only the overlapping range, the existing bytes win', () => {
    const r = createReassembler();
    const { out, sink } = comparing();
    ins(r, 4, 'def', sink);
    ins(r, 1, 'abcXeY', sink);
    expect(out).toEqual(['Odef/XeY', 'D1:abc', 'D4:def']);
  });

  it('compares with delivered data not yet acknowledged, one report per held block', () => {
    const r = createReassembler();
    const { out, sink } = comparing();
    ins(r, 1, 'abc', sink);
    ins(r, 4, 'def', sink);
    expect(r.heldBytes).toBe(6);
    // Overlaps both blocks: [2,4) differs, [4,7) is the same, 7..8 is new.
    ins(r, 2, 'bQdefGH', sink);
    expect(out).toEqual(['D1:abc', 'D4:def', 'Obc/bQ', 'D7:GH']);
  });

  it('raises nothing for identical retransmissions', () => {
    const r = createReassembler();
    const { out, sink } = comparing();
    ins(r, 1, 'abc', sink);
    ins(r, 6, 'fg', sink);
    ins(r, 1, 'abcdefg', sink);
    expect(out).toEqual(['D1:abc', 'D4:de', 'D6:fg']);
  });

  it('reports a 1-byte difference (the keep-alive rule is the TCP layer\'s)', () => {
    const r = createReassembler();
    const { out, sink } = comparing();
    ins(r, 1, 'abc', sink);
    ins(r, 3, 'Z', sink);
    expect(out).toEqual(['D1:abc', 'Oc/Z']);
  });

  it('no longer compares acknowledged data; a block straddling the ack stays whole', () => {
    const r = createReassembler();
    const { out, sink } = comparing();
    ins(r, 1, 'abc', sink);
    ins(r, 4, 'def', sink);
    expect(ackReceived(r, 4, sink, false)).toBe(-3);
    ins(r, 1, 'XYZ', sink);
    expect(out).toEqual(['D1:abc', 'D4:def']);
    expect(ackReceived(r, 5, sink, false)).toBe(0);
    expect(r.held.length).toBe(1);
    // The new segment is trimmed to the ack: bytes 5..6 are compared with the kept block [4,7) (the whole overlapping range is reported).
    ins(r, 4, 'QQf', sink);
    expect(out).toEqual(['D1:abc', 'D4:def', 'Oef/Qf']);
    expect(ackReceived(r, 7, sink, false)).toBe(-3);
    expect(r.heldBytes).toBe(0);
  });

  it('counts held copies in the returned change (global bound) and frees them', () => {
    const r = createReassembler();
    const { sink } = comparing();
    expect(ins(r, 4, 'def', sink)).toBe(3);
    expect(ins(r, 1, 'abc', sink)).toBe(3); // abc copied on delivery; def moved to held
    expect([r.buffered, r.heldBytes]).toEqual([0, 6]);
    expect(trimHeld(r, 4)).toBe(-3);
    expect(dropHeld(r)).toBe(-3);
    ins(r, 7, 'g', sink);
    expect(resetReassembler(r)).toBe(1);
    ins(r, 1, 'a', sink);
    expect(stopReassembly(r)).toBe(-1);
    expect(r.held).toBe(NO_BLOCKS);
  });

  it('copies the delivered bytes (the packet buffer is reused by the decoder)', () => {
    const r = createReassembler();
    const { out, sink } = comparing();
    const pkt = Buffer.from('xyz');
    insertSegment(r, 1, pkt, 0, 3, sink);
    pkt.write('QQQ');
    insertSegment(r, 1, pkt, 0, 3, sink);
    expect(out).toEqual(['D1:xyz', 'Oxyz/QQQ']);
  });

  it('without keepDelivered keeps no copies and compares nothing', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    sink.overlap = () => out.push('overlap');
    ins(r, 1, 'abc', sink);
    ins(r, 5, 'e', sink);
    ins(r, 1, 'XYZWV', sink);
    expect(out).toEqual(['D1:abc', 'D4:W', 'D5:e']);
    expect(r.held).toBe(NO_BLOCKS);
    expect(r.heldBytes).toBe(0);
  });
});
