import { TraceRecord } from '../../src/input/TraceRecord';
import { createDecoder, Weird } from '../../src/packet';
import { eth, ext, fragHdr, ipv4, ipv6, rec, tcp, udp } from './frames';
import { dst, run, src, w } from './harness';
import { readTraceFile } from './pcapFile';

const ZEEK = __dirname + '/../../../shared/traces/zeek/';
const BTEST = __dirname + '/../../../shared/traces/zeek-btest/';

/** A UDP datagram with a recognisable payload, split into IPv4 fragments at `cuts` (multiples of 8). */
const DGRAM = udp(Buffer.from(Array.from({ length: 200 }, (_, i) => i & 0xff)), 1000, 2000);

function frag4(from: number, to: number, mf: boolean, o: { ts?: number; id?: number; df?: boolean; proto?: number; bytes?: Buffer } = {}): TraceRecord {
  const body = (o.bytes ?? DGRAM).subarray(from, to);
  return rec(eth(0x0800, ipv4(body, { proto: o.proto ?? 17, id: o.id ?? 77, mf, fragOffset: from, df: o.df })), { ts: o.ts ?? 1000 });
}

const names = (ws: Weird[]) => ws.map((x) => x.name);

describe('IPv4 fragment reassembly', () => {
  it('reassembles in-order fragments into a new frame at the last fragment', () => {
    const o = run([frag4(0, 80, true), frag4(80, 160, true), frag4(160, 208, false, { ts: 1001 })]);
    expect(o.weirds).toEqual([]);
    expect(o.pkts.slice(0, 2)).toEqual([null, null]);
    const p = o.pkts[2]!;
    expect(p.reassembled).toBe(true);
    expect([p.ts, p.ipOff, p.ipTotalLen, p.caplen, p.len, p.l2SrcOff]).toEqual([1001, 14, 228, 242, 242, 6]);
    expect([p.proto, p.srcPort, p.dstPort, p.l4Len, p.payloadLen, p.payloadCap]).toEqual([17, 1000, 2000, 208, 200, 200]);
    expect(p.data.subarray(p.l4Off, p.l4Off + 208).equals(DGRAM)).toBe(true);
    expect([src(p), dst(p)]).toEqual(['10.0.0.1', '10.0.0.2']);
  });
  it('reassembles out-of-order fragments', () => {
    const o = run([frag4(160, 208, false), frag4(0, 80, true), frag4(80, 160, true)]);
    expect(o.weirds).toEqual([]);
    expect(o.pkts[2]!.data.subarray(34, 34 + 208).equals(DGRAM)).toBe(true);
  });
  it('reports fragment_overlap for identical overlapping bytes', () => {
    const o = run([frag4(0, 96, true), frag4(80, 208, false)]);
    expect(o.weirds.map(w)).toEqual(['fragment_overlap/flow/ 10.0.0.1>10.0.0.2']);
    expect(o.pkts[1]!.data.subarray(34, 34 + 208).equals(DGRAM)).toBe(true);
  });
  it('reports fragment_inconsistency for different bytes, and keeps the bytes that came first', () => {
    const other = Buffer.from(DGRAM).fill(0xee, 80, 96);
    const o = run([frag4(0, 96, true), frag4(80, 208, false, { bytes: other })]);
    expect(names(o.weirds)).toEqual(['fragment_inconsistency']);
    expect(o.pkts[1]!.data.subarray(34, 34 + 208).equals(DGRAM)).toBe(true);
  });
  it('drops buffered fragments silently after the timeout, measured in network time', () => {
    const late = run([frag4(0, 80, true, { ts: 1000 }), frag4(80, 208, false, { ts: 1300 })]);
    expect(late.pkts).toEqual([null, null]);
    expect(late.weirds).toEqual([]);
    const inTime = run([frag4(0, 80, true, { ts: 1000 }), frag4(80, 208, false, { ts: 1299.999999 })]);
    expect(inTime.pkts[1]!.reassembled).toBe(true);
    const never = run([frag4(0, 80, true, { ts: 1000 }), frag4(80, 208, false, { ts: 99999 })], { fragTimeout: 0 });
    expect(never.pkts[1]!.reassembled).toBe(true);
    const short = run([frag4(0, 80, true, { ts: 1000 }), frag4(80, 208, false, { ts: 1010 })], { fragTimeout: 10 });
    expect(short.pkts[1]).toBeNull();
  });
  it('expires lazily on later packets of other flows', () => {
    const dec = createDecoder({ ignoreChecksums: false, onWeird: () => undefined });
    dec.decode(frag4(0, 80, true, { ts: 1000 }));
    expect(dec.pendingFragments()).toBe(1);
    expect(dec.bufferedFragmentBytes()).toBe(80);
    dec.decode(rec(eth(0x0800, ipv4(tcp(Buffer.alloc(0)))), { ts: 1300 }));
    expect(dec.pendingFragments()).toBe(0);
    expect(dec.bufferedFragmentBytes()).toBe(0);
  });
  it('bounds buffered bytes by dropping the oldest datagrams first', () => {
    const dec = createDecoder({ ignoreChecksums: false, onWeird: () => undefined, maxFragmentBytes: 200 });
    dec.decode(frag4(0, 80, true, { id: 1 }));
    dec.decode(frag4(0, 80, true, { id: 2 }));
    expect(dec.pendingFragments()).toBe(2);
    dec.decode(frag4(0, 80, true, { id: 3 }));
    expect([dec.pendingFragments(), dec.bufferedFragmentBytes()]).toEqual([2, 160]);
    expect(dec.decode(frag4(80, 208, false, { id: 3 }))!.reassembled).toBe(true);
    expect([dec.pendingFragments(), dec.bufferedFragmentBytes()]).toEqual([1, 80]);
    expect(dec.decode(frag4(80, 208, false, { id: 1 }))).toBeNull(); // id 1 was dropped
    // The new partial id 1 (128 bytes) pushes the total past 200: the older id 2 goes.
    expect([dec.pendingFragments(), dec.bufferedFragmentBytes()]).toEqual([1, 128]);
  });
  it('fragment_with_DF', () => {
    const o = run([frag4(0, 80, true, { df: true }), frag4(80, 208, false)]);
    expect(names(o.weirds)).toEqual(['fragment_with_DF']);
    expect(o.pkts[1]!.df).toBe(true); // the header of the first fragment is the one rebuilt
  });
  it('excessively_small_fragment for a non-last fragment under 64 bytes', () => {
    const o = run([frag4(0, 40, true), frag4(40, 208, false)]);
    expect(names(o.weirds)).toEqual(['excessively_small_fragment']);
    expect(o.pkts[1]!.reassembled).toBe(true);
  });
  it('excessively_large_fragment past 64000 bytes', () => {
    const big = Buffer.alloc(64008);
    const o = run([frag4(64000, 64008, false, { bytes: big })]);
    expect(names(o.weirds)).toEqual(['excessively_large_fragment']);
  });
  it('fragment_protocol_inconsistency when the protocol changes', () => {
    const o = run([frag4(0, 80, true), frag4(80, 208, false, { proto: 6 })]);
    expect(names(o.weirds)).toEqual(['fragment_protocol_inconsistency']);
    expect(o.pkts[1]!.proto).toBe(17);
  });
  it('fragment_size_inconsistency when two last fragments disagree (the larger wins)', () => {
    const o = run([frag4(80, 160, false), frag4(160, 208, false), frag4(0, 80, true)]);
    expect(names(o.weirds)).toEqual(['fragment_size_inconsistency']);
    expect(o.pkts[2]!.ipTotalLen).toBe(228);
  });
  it('incompletely_captured_fragment: the first fragment is analysed alone, later ones dropped', () => {
    const first = frag4(0, 80, true);
    const cut = rec(first.data, { caplen: first.data.length - 10, len: first.data.length });
    const o = run([cut, frag4(80, 160, true), rec(frag4(160, 208, false).data, { caplen: 50, len: 82 })]);
    expect(o.weirds.map(w)).toEqual([
      'incompletely_captured_fragment/flow/IP 10.0.0.1>10.0.0.2',
      'incompletely_captured_fragment/flow/IP 10.0.0.1>10.0.0.2',
    ]);
    expect([o.pkts[0]!.reassembled, o.pkts[0]!.srcPort, o.pkts[0]!.l4Len, o.pkts[0]!.l4Cap]).toEqual([false, 1000, 80, 70]);
    expect(o.pkts.slice(1)).toEqual([null, null]);
  });
});

describe('IPv6 fragment reassembly', () => {
  const D6 = udp(Buffer.alloc(100, 0x61), 53, 4444);
  function frag6(from: number, to: number, more: boolean, pre: Buffer = Buffer.alloc(0)): TraceRecord {
    const fh = fragHdr(17, from, more, 0xdeadbeef);
    const chain = pre.length ? Buffer.concat([pre, fh, D6.subarray(from, to)]) : Buffer.concat([fh, D6.subarray(from, to)]);
    return rec(eth(0x86dd, ipv6(chain, { nh: pre.length ? 0 : 44 })));
  }
  it('reassembles two fragments; the Fragment header is gone from the rebuilt frame', () => {
    const o = run([frag6(0, 64, true), frag6(64, 108, false)]);
    expect(o.weirds).toEqual([]);
    const p = o.pkts[1]!;
    expect([p.reassembled, p.ipHdrLen, p.ipTotalLen, p.proto, p.srcPort, p.dstPort, p.payloadLen]).toEqual([true, 40, 148, 17, 53, 4444, 100]);
    expect(p.data[14 + 6]).toBe(17);
  });
  it('keeps extension headers before the Fragment header and patches their Next Header', () => {
    const hbh = ext(44, Buffer.alloc(6));
    const o = run([frag6(0, 64, true, hbh), frag6(64, 108, false, hbh)]);
    const p = o.pkts[1]!;
    expect([p.ipHdrLen, p.ipTotalLen, p.proto, p.dstPort]).toEqual([48, 156, 17, 4444]);
    expect(p.data[14 + 40]).toBe(17);
  });
  it('reassembles an atomic fragment (offset 0, M clear) at once', () => {
    const o = run([frag6(0, 108, false)]);
    expect([o.pkts[0]!.reassembled, o.pkts[0]!.payloadLen, o.pkts[0]!.ipId]).toEqual([true, 100, 0]);
  });
  it('reports fragment weirds with the IPv6 addresses', () => {
    // 40 + 8 + 8 = 56 bytes: a non-last fragment under 64.
    const o = run([frag6(0, 8, true), frag6(8, 108, false)]);
    expect(o.weirds.map(w)).toEqual(['excessively_small_fragment/flow/ 2001:db8::1>2001:db8::2']);
  });
});

describe('fragment traces from the Zeek test suite', () => {
  it('ipv4-fragmented-syn: a SYN whose TCP header spans two fragments', () => {
    // Values from Baseline bifs.get_current_packet_header_fragmented_syn and tshark.
    const o = run(readTraceFile(ZEEK + 'ipv4-fragmented-syn.pcap'), { ignoreChecksums: true });
    expect(o.pkts[0]).toBeNull();
    const p = o.pkts[1]!;
    expect([src(p), dst(p), p.srcPort, p.dstPort, p.seq, p.ack, p.tcpHdrLen, p.tcpFlags, p.window, p.ttl, p.ipId]).toEqual([
      '192.168.1.100', '10.0.0.5', 12345, 80, 1000, 0, 40, 2, 8192, 64, 1,
    ]);
    expect(names(o.weirds)).toEqual(['excessively_small_fragment']);
  });
  it('ipv6-fragmented-dns: three fragments rebuild a 3238-byte UDP datagram (tshark udp.length)', () => {
    const o = run(readTraceFile(ZEEK + 'ipv6-fragmented-dns.pcap'));
    expect(o.weirds).toEqual([]);
    expect(o.pkts.map((p) => (p === null ? null : p.reassembled))).toEqual([false, false, false, null, false, null, null, true]);
    const p = o.pkts[7]!;
    expect([src(p), p.srcPort, dst(p), p.dstPort, p.l4Len]).toEqual(['2607:f740:b::f93', 53, '2001:470:1f11:81f:d138:5f55:6d4:1fe2', 51851, 3238]);
    expect(p.data.readUInt16BE(p.l4Off + 4)).toBe(3238);
  });
  it("ipv6-http-atomic-frag: the atomic fragments of the second connection decode as plain TCP", () => {
    // tshark -V: the client (2001:db8:1::2) of frames 13-22 sends a Fragment header with offset 0 and M clear;
    // the other connections of the trace use Destination Options (frames 1-12) and routing headers.
    const o = run(readTraceFile(BTEST + 'ipv6-http-atomic-frag.pcap'));
    expect(o.pkts.every((p) => p !== null)).toBe(true);
    const rows = o.pkts.slice(12, 22).map((p) => `${p!.srcPort}>${p!.dstPort} ${p!.reassembled} ${p!.ipHdrLen}`);
    expect(rows).toEqual([
      '59694>80 true 40', '80>59694 false 40', '59694>80 true 40', '59694>80 true 40', '80>59694 false 40',
      '80>59694 false 40', '80>59694 false 40', '59694>80 true 40', '59694>80 true 40', '80>59694 false 40',
    ]);
    expect(o.pkts.filter((p) => p!.reassembled)).toHaveLength(5);
    expect(o.weirds.map((x) => x.name)).toEqual(['routing0_hdr', 'routing0_hdr', 'routing0_hdr']);
  });
  // Baseline core.reassembly/output (zeek -C): the flow weirds of each trace, in order.
  it.each([
    [1, ['excessively_small_fragment', 'fragment_size_inconsistency', 'fragment_inconsistency', 'fragment_inconsistency']],
    [2, ['excessively_small_fragment', 'excessively_small_fragment', 'fragment_overlap']],
    [3, Array(5).fill('fragment_with_DF')],
    [4, ['excessively_small_fragment', 'excessively_small_fragment', 'fragment_inconsistency']],
  ])('ipv4/fragmented-%i.pcap gives the weirds of core.reassembly', (n, expected) => {
    const o = run(readTraceFile(`${BTEST}ipv4/fragmented-${n}.pcap`), { ignoreChecksums: true });
    expect(o.weirds.map((x) => `${x.kind} ${x.name}`)).toEqual((expected as string[]).map((x) => `flow ${x}`));
  });
});
