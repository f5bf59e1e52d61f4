import { readdirSync } from 'fs';
import { icmpChecksumOk, Packet, tcpChecksumOk, udpChecksumOk } from '../../src/packet';
import { eth, icmp, ipv4, ipv6, rec, tcp, udp, withL4Checksum } from './frames';
import { dst, one, run, src, w } from './harness';
import { readTraceFile } from './pcapFile';

const BTEST = __dirname + '/../../../shared/traces/zeek-btest/';

function checksumOk(p: Packet): boolean {
  return p.proto === 6 ? tcpChecksumOk(p) : p.proto === 17 ? udpChecksumOk(p) : icmpChecksumOk(p);
}

describe('TCP', () => {
  it('decodes ports, sequence numbers, flags, window, data offset and payload', () => {
    const seg = tcp(Buffer.from('GET /'), { sport: 65535, dport: 443, seq: 0xfffffff0, ack: 0x80000001, flags: 0x18, win: 512 });
    const { pkt } = one(rec(eth(0x0800, ipv4(seg))));
    const p = pkt!;
    expect([p.srcPort, p.dstPort, p.seq, p.ack, p.tcpFlags, p.window, p.tcpHdrLen]).toEqual([65535, 443, 0xfffffff0, 0x80000001, 0x18, 512, 20]);
    expect([p.l4Off, p.l4Len, p.payloadOff, p.payloadLen, p.payloadCap]).toEqual([34, 25, 54, 5, 5]);
    expect(p.data.toString('latin1', p.payloadOff, p.payloadOff + p.payloadCap)).toBe('GET /');
  });
  it('keeps payload length from the headers and captured bytes apart under a snaplen', () => {
    const frame = eth(0x0800, ipv4(tcp(Buffer.alloc(100), { options: Buffer.alloc(12, 1) })));
    const { pkt } = one(rec(frame, { caplen: 14 + 20 + 40 }));
    expect([pkt!.l4Len, pkt!.l4Cap, pkt!.tcpHdrLen, pkt!.payloadLen, pkt!.payloadCap]).toEqual([132, 40, 32, 100, 8]);
  });
  it('leaves an invalid data offset to the connection layer', () => {
    const { pkt, weirds } = one(rec(eth(0x0800, ipv4(tcp(Buffer.alloc(4), { dataOffset: 15 })))));
    expect(weirds).toEqual([]);
    expect([pkt!.tcpHdrLen, pkt!.payloadLen, pkt!.payloadCap]).toEqual([60, 0, 0]);
  });
  it('truncated_header when the IP payload is shorter than 20 bytes', () => {
    const { pkt, weirds } = one(rec(eth(0x0800, ipv4(Buffer.alloc(12), { proto: 6 }))));
    expect(pkt).toBeNull();
    expect(weirds.map(w)).toEqual(['truncated_header/flow/TCP 10.0.0.1>10.0.0.2']);
  });
  it('internally_truncated_header when the snaplen cuts the 20-byte header', () => {
    const frame = eth(0x0800, ipv4(tcp(Buffer.alloc(10))));
    const { pkt, weirds } = one(rec(frame, { caplen: 14 + 20 + 15 }));
    expect(pkt).toBeNull();
    expect(weirds.map(w)).toEqual(['internally_truncated_header/flow/TCP 10.0.0.1>10.0.0.2']);
  });
  it('verifies the checksum over IPv4 and IPv6 pseudo-headers', () => {
    const good4 = one(rec(eth(0x0800, withL4Checksum(ipv4(tcp(Buffer.from('abc'))))))).pkt!;
    expect(tcpChecksumOk(good4)).toBe(true);
    const bad = withL4Checksum(ipv4(tcp(Buffer.from('abc'))));
    bad[bad.length - 1] ^= 1;
    expect(tcpChecksumOk(one(rec(eth(0x0800, bad))).pkt!)).toBe(false);
    const good6 = one(rec(eth(0x86dd, withL4Checksum(ipv6(tcp(Buffer.from('abcd'))))))).pkt!;
    expect(tcpChecksumOk(good6)).toBe(true);
  });
  it('does not verify a segment cut by the snaplen', () => {
    const bad = withL4Checksum(ipv4(tcp(Buffer.alloc(50))));
    bad[bad.length - 1] ^= 1;
    const frame = eth(0x0800, bad);
    expect(tcpChecksumOk(one(rec(frame)).pkt!)).toBe(false);
    expect(tcpChecksumOk(one(rec(frame, { caplen: frame.length - 10 })).pkt!)).toBe(true);
  });
});

describe('UDP', () => {
  it('decodes ports and payload', () => {
    const { pkt } = one(rec(eth(0x0800, ipv4(udp(Buffer.from('query')), { proto: 17 }))));
    expect([pkt!.srcPort, pkt!.dstPort, pkt!.l4Len, pkt!.payloadOff, pkt!.payloadLen, pkt!.payloadCap]).toEqual([5353, 53, 13, 42, 5, 5]);
  });
  it('truncated_header / internally_truncated_header below 8 bytes', () => {
    expect(one(rec(eth(0x0800, ipv4(Buffer.alloc(4), { proto: 17 })))).weirds.map(w)).toEqual([
      'truncated_header/flow/UDP 10.0.0.1>10.0.0.2',
    ]);
    const frame = eth(0x0800, ipv4(udp(Buffer.alloc(4)), { proto: 17 }));
    expect(one(rec(frame, { caplen: 14 + 20 + 5 })).weirds.map(w)).toEqual([
      'internally_truncated_header/flow/UDP 10.0.0.1>10.0.0.2',
    ]);
  });
  it('accepts a zero checksum over IPv4 only (and on VXLAN)', () => {
    const v4 = one(rec(eth(0x0800, ipv4(udp(Buffer.from('x')), { proto: 17 })))).pkt!;
    expect(udpChecksumOk(v4)).toBe(true);
    const v6 = one(rec(eth(0x86dd, ipv6(udp(Buffer.from('x')), { nh: 17 })))).pkt!;
    expect(udpChecksumOk(v6)).toBe(false);
    const vx = one(rec(eth(0x86dd, ipv6(udp(Buffer.from('x'), 1000, 4789), { nh: 17 })))).pkt!;
    expect(udpChecksumOk(vx)).toBe(true);
    const good6 = one(rec(eth(0x86dd, withL4Checksum(ipv6(udp(Buffer.from('x')), { nh: 17 }))))).pkt!;
    expect(udpChecksumOk(good6)).toBe(true);
  });
});

describe('ICMP', () => {
  it('decodes type and code into the ICMP fields and the ports', () => {
    const { pkt } = one(rec(eth(0x0800, ipv4(icmp(8, 0, Buffer.alloc(56)), { proto: 1 }))));
    expect([pkt!.icmpType, pkt!.icmpCode, pkt!.srcPort, pkt!.dstPort, pkt!.payloadLen]).toEqual([8, 0, 8, 0, 56]);
    expect(icmpChecksumOk(pkt!)).toBe(true);
  });
  it('internally_truncated_header with source ICMP', () => {
    const frame = eth(0x0800, ipv4(icmp(8, 0, Buffer.alloc(56)), { proto: 1, src: '10.0.0.1', dst: '192.0.43.10' }));
    expect(one(rec(frame, { caplen: 14 + 20 + 4 })).weirds.map(w)).toEqual([
      'internally_truncated_header/flow/ICMP 10.0.0.1>192.0.43.10',
    ]);
  });
  it('ICMPv6 uses the pseudo-header', () => {
    const pkt = one(rec(eth(0x86dd, withL4Checksum(ipv6(icmp(128, 0, Buffer.alloc(8)), { nh: 58 }))))).pkt!;
    expect([pkt.proto, pkt.icmpType]).toEqual([58, 128]);
    expect(icmpChecksumOk(pkt)).toBe(true);
  });
});

describe("Zeek's checksum traces (core/checksums)", () => {
  const files = readdirSync(BTEST + 'chksums').filter((f) => f.endsWith('.pcap') && !f.startsWith('mip6') && !f.startsWith('localhost'));
  it.each(files)('%s', (f) => {
    const o = run(readTraceFile(BTEST + 'chksums/' + f));
    if (f === 'ip4-bad-chksum.pcap') {
      expect(o.pkts).toEqual([null]);
      expect(o.weirds.map((x) => x.name)).toEqual(['bad_IP_checksum']);
      return;
    }
    const p = o.pkts.find((x) => x !== null)!;
    expect(checksumOk(p)).toBe(f.includes('good'));
    // Routing type 0 traces: weird, and the connection goes to the final destination.
    if (f.includes('route0')) {
      expect(o.weirds.map((x) => x.name)).toContain('routing0_hdr');
      // Values read with `tshark -V` (Routing Header Address[n]); the ICMPv6 traces list one address.
      expect(dst(p)).toBe(p.proto === 58 ? '2001:78:1:32::1' : '2001:78:1:32::2');
    }
    // Home Address option (tshark: "MIPv6 Home Address: 2001:78:1:32::1") replaces the source.
    if (f.includes('hoa')) expect([src(p), dst(p)]).toEqual(['2001:78:1:32::1', '2001:4f8:4:7:2e0:81ff:fe52:9a6b']);
  });
  it('mobility header traces: bad_MH_checksum only for the bad one', () => {
    expect(run(readTraceFile(BTEST + 'chksums/mip6-good-mh-chksum.pcap')).weirds.map((x) => x.name)).not.toContain('bad_MH_checksum');
    expect(run(readTraceFile(BTEST + 'chksums/mip6-bad-mh-chksum.pcap')).weirds.map((x) => x.name)).toContain('bad_MH_checksum');
  });
});
