import { eth, ipv4, rec, tcp, udp } from './frames';
import { dst, one, src, w } from './harness';

const SEG = tcp(Buffer.from('hello'), { sport: 40000, dport: 80 });

describe('IPv4 header', () => {
  it('decodes header fields, options and addresses', () => {
    const opts = Buffer.from([0x01, 0x01, 0x01, 0x00]); // NOP NOP NOP EOL
    const { pkt, weirds } = one(rec(eth(0x0800, ipv4(SEG, { options: opts, ttl: 7, id: 0xbeef, df: true }))));
    expect(weirds).toEqual([]);
    const p = pkt!;
    expect([p.ipVersion, p.ipOff, p.ipHdrLen, p.ipTotalLen, p.ttl, p.ipId, p.df]).toEqual([4, 14, 24, 24 + 25, 7, 0xbeef, true]);
    expect([src(p), dst(p), p.src4, p.dst4]).toEqual(['10.0.0.1', '10.0.0.2', 0x0a000001, 0x0a000002]);
    expect([p.proto, p.l4Off, p.l4Len, p.l4Cap]).toEqual([6, 38, 25, 25]);
    expect(p.reassembled).toBe(false);
  });
  it('cuts Ethernet padding at the IP total length', () => {
    const frame = Buffer.concat([eth(0x0800, ipv4(udp(Buffer.alloc(2)), { proto: 17 })), Buffer.alloc(20)]);
    const { pkt } = one(rec(frame));
    expect([pkt!.l4Len, pkt!.l4Cap, pkt!.payloadLen, pkt!.payloadCap]).toEqual([10, 10, 2, 2]);
  });
  it('truncated_IP: fewer than 20 bytes at the IP layer', () => {
    const { pkt, weirds } = one(rec(eth(0x0800, ipv4(SEG)).subarray(0, 33)));
    expect(pkt).toBeNull();
    expect(weirds.map(w)).toEqual(['truncated_IP/net/IP']);
  });
  it('unknown_ip_version: version nibble not 4 or 6', () => {
    const b = ipv4(SEG);
    b[0] = 0x55;
    expect(one(rec(eth(0x0800, b))).weirds.map(w)).toEqual(['unknown_ip_version/net/IP']);
  });
  it('ip_hdr_len_zero: dropped, or with -C decoded over the captured length', () => {
    const b = ipv4(SEG, { totalLen: 0 });
    const strict = one(rec(eth(0x0800, b)));
    expect(strict.pkt).toBeNull();
    expect(strict.weirds.map(w)).toEqual(['ip_hdr_len_zero/net/IP']);
    const lax = one(rec(eth(0x0800, b)), { ignoreChecksums: true });
    expect(lax.weirds.map(w)).toEqual(['ip_hdr_len_zero/net/IP']);
    expect([lax.pkt!.ipTotalLen, lax.pkt!.l4Len, lax.pkt!.payloadLen]).toEqual([45, 25, 5]);
  });
  it('truncated_IP_len: wire length below total length plus link header', () => {
    const b = ipv4(SEG, { totalLen: 200 });
    expect(one(rec(eth(0x0800, b))).weirds.map(w)).toEqual(['truncated_IP_len/net/IP']);
  });
  it('invalid_IP_header_size: header longer than the total length', () => {
    const b = ipv4(Buffer.alloc(0), { ihl: 15, totalLen: 40 });
    expect(one(rec(eth(0x0800, Buffer.concat([b, Buffer.alloc(40)])))).weirds.map(w)).toEqual([
      'invalid_IP_header_size/net/IP',
    ]);
  });
  it('internally_truncated_header: header longer than the captured bytes', () => {
    const b = ipv4(Buffer.alloc(40), { options: Buffer.alloc(20) });
    const frame = eth(0x0800, b);
    const r = rec(frame, { caplen: 14 + 30 });
    expect(one(r).weirds.map(w)).toEqual(['internally_truncated_header/net/IP']);
  });
  it('IPv4_min_header_size: IHL below 5', () => {
    const b = ipv4(SEG, { ihl: 4 });
    expect(one(rec(eth(0x0800, b))).weirds.map(w)).toEqual(['IPv4_min_header_size/net/IP']);
  });
  it('bad_IP_checksum is a flow weird; -C skips the check', () => {
    const b = ipv4(SEG, { badChecksum: true, src: '127.0.0.1', dst: '127.0.0.1' });
    const strict = one(rec(eth(0x0800, b)));
    expect(strict.pkt).toBeNull();
    expect(strict.weirds.map(w)).toEqual(['bad_IP_checksum/flow/IP 127.0.0.1>127.0.0.1']);
    expect(strict.weirds[0]).toMatchObject({ ts: 1000, addl: '' });
    const lax = one(rec(eth(0x0800, b)), { ignoreChecksums: true });
    expect(lax.weirds).toEqual([]);
    expect(lax.pkt!.srcPort).toBe(40000);
  });
  it('passes other IP protocols through with ports 0', () => {
    const { pkt } = one(rec(eth(0x0800, ipv4(Buffer.alloc(12), { proto: 47 }))));
    expect([pkt!.proto, pkt!.srcPort, pkt!.dstPort, pkt!.payloadOff, pkt!.payloadLen]).toEqual([47, 0, 0, 34, 12]);
  });
});
