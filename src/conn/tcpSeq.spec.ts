import { createEndpointState, initSeq, noDataAcked, relSeq, tcpEndpointSize } from './tcpSeq';
import { TCP_ESTABLISHED } from './records';

describe('tcpSeq: sequence offsets from the ISN', () => {
  it('keeps the ISN as a signed 32-bit value and the rest as offsets', () => {
    const e = createEndpointState(true, false);
    initSeq(e, 3_000_000_000, 3_000_000_001); // after a SYN
    expect(e.isn >>> 0).toBe(3_000_000_000);
    expect(e.isn).toBeLessThan(0);
    expect(e.last).toBe(1);
    expect(e.ackd).toBe(0);
    expect(noDataAcked(e)).toBe(true);
  });

  it('unfolds sequence numbers across the 2^32 wrap', () => {
    const e = createEndpointState(true, false);
    initSeq(e, 2 ** 32 - 3, 2 ** 32 - 2);
    expect(relSeq(e, 2 ** 32 - 2, e.last)).toBe(1);
    expect(relSeq(e, 5, e.last)).toBe(8); // five bytes past the wrap
    e.last = 8;
    expect(relSeq(e, 2 ** 32 - 1, e.last)).toBe(2); // an older one still maps back
    // A whole 4 GiB further on, the nearest offset is taken.
    e.last = 2 ** 32 + 8;
    expect(relSeq(e, 5, e.last)).toBe(2 ** 32 + 8);
  });

  it('accepts an ISN of -1 (a first packet with sequence number 0 and no SYN)', () => {
    const e = createEndpointState(true, false);
    initSeq(e, 0 - 1, 0);
    expect(e.isn >>> 0).toBe(2 ** 32 - 1);
    expect(e.last).toBe(1);
    expect(relSeq(e, 100, e.last)).toBe(101);
  });

  it('measures the endpoint size from the offsets (SYN and FIN not counted)', () => {
    const e = createEndpointState(true, false);
    const p = createEndpointState(false, false);
    initSeq(e, 2 ** 32 - 10, 2 ** 32 - 9);
    e.state = p.state = TCP_ESTABLISHED;
    // Data from the first byte after the SYN up to sequence 89 (across the wrap), then the FIN at 90.
    e.last = relSeq(e, 90, e.last) + 1;
    e.finCnt = 1;
    expect(tcpEndpointSize(e, p)).toBe(99);
  });
});
