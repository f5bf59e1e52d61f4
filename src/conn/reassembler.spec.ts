import { ackReceived, createReassembler, hasHeldData, insertSegment, Reassembler, ReassemblySink, stopReassembly } from './reassembler';

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
