import { ackReceived, createReassembler, hasHeldData, insertSegment, ReassemblySink, stopReassembly } from './reassembler';

function recorder() {
  const out: string[] = [];
  const sink: ReassemblySink = {
    deliver: (seq, data) => out.push(`D${seq}:${data.toString()}`),
    gap: (seq, len) => out.push(`G${seq}+${len}`),
  };
  return { out, sink };
}

describe('reassembler (engine.md 4.3)', () => {
  it('delivers in-order data at once, one chunk per segment', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    insertSegment(r, 1, Buffer.from('abc'), sink);
    insertSegment(r, 4, Buffer.from('def'), sink);
    expect(out).toEqual(['D1:abc', 'D4:def']);
    expect(r.nextSeq).toBe(7);
    expect(r.buffered).toBe(0);
  });

  it('buffers data above a hole and delivers it when the hole fills', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    expect(insertSegment(r, 4, Buffer.from('def'), sink)).toBe(3);
    expect(out).toEqual([]);
    expect(insertSegment(r, 1, Buffer.from('abc'), sink)).toBe(-3);
    expect(out).toEqual(['D1:abc', 'D4:def']);
  });

  it('keeps the existing bytes where a new segment overlaps them', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    insertSegment(r, 3, Buffer.from('CD'), sink);
    insertSegment(r, 1, Buffer.from('abcdef'), sink);
    expect(out).toEqual(['D1:ab', 'D3:CD', 'D5:ef']);
  });

  it('ignores retransmissions of delivered data and trims partial ones', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    insertSegment(r, 1, Buffer.from('abc'), sink);
    insertSegment(r, 1, Buffer.from('abc'), sink);
    insertSegment(r, 2, Buffer.from('bcde'), sink);
    expect(out).toEqual(['D1:abc', 'D4:de']);
  });

  it('reports an acknowledged hole as a gap and delivers what lies above it', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    insertSegment(r, 1, Buffer.from('ab'), sink);
    insertSegment(r, 6, Buffer.from('fg'), sink);
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
    insertSegment(r, 1, Buffer.from('abc'), sink);
    expect(hasHeldData(r)).toBe(true);
    ackReceived(r, 4, sink, false);
    expect(hasHeldData(r)).toBe(false);
  });

  it('copies buffered bytes (the packet buffer is reused by the decoder)', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    const pkt = Buffer.from('xyz');
    insertSegment(r, 4, pkt, sink);
    pkt.write('QQQ');
    insertSegment(r, 1, Buffer.from('abc'), sink);
    expect(out).toEqual(['D1:abc', 'D4:xyz']);
  });

  it('stopReassembly drops everything and stops deliveries', () => {
    const r = createReassembler();
    const { out, sink } = recorder();
    insertSegment(r, 5, Buffer.from('zz'), sink);
    expect(stopReassembly(r)).toBe(-2);
    insertSegment(r, 1, Buffer.from('abcd'), sink);
    expect(out).toEqual([]);
    expect(r.buffered).toBe(0);
  });
});
