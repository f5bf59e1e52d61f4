import { addrToString } from '../../src/packet';
import { eth, ext, ip6addr, ipv6, rec, tcp, udp } from './frames';
import { dst, one, src, w } from './harness';

const SEG = tcp(Buffer.from('hi'), { sport: 1111, dport: 22 });

function routing(type: number, segLeft: number, addrs: string[], lenOverride?: number): Buffer {
  const body = Buffer.concat([Buffer.from([type, segLeft, 0, 0, 0, 0]), ...addrs.map(ip6addr)]);
  const b = ext(6, body);
  if (lenOverride !== undefined) b[1] = lenOverride;
  return b;
}

describe('IPv6 header', () => {
  it('decodes the fixed header', () => {
    const { pkt, weirds } = one(rec(eth(0x86dd, ipv6(SEG, { flowLabel: 0xabcde, hopLimit: 9 }))));
    expect(weirds).toEqual([]);
    const p = pkt!;
    expect([p.ipVersion, p.ipHdrLen, p.ipTotalLen, p.ttl, p.flowLabel, p.proto]).toEqual([6, 40, 62, 9, 0xabcde, 6]);
    expect([src(p), dst(p), p.srcPort, p.dstPort, p.payloadLen]).toEqual(['2001:db8::1', '2001:db8::2', 1111, 22, 2]);
  });
  it('truncated_IP below 40 captured bytes', () => {
    expect(one(rec(eth(0x86dd, ipv6(SEG)).subarray(0, 14 + 39))).weirds.map(w)).toEqual(['truncated_IP/net/IP']);
  });
  it('truncated_IP_len and invalid_IP_header_size', () => {
    expect(one(rec(eth(0x86dd, ipv6(SEG, { payloadLen: 500 })))).weirds.map(w)).toEqual(['truncated_IP_len/net/IP']);
    const hbh = ext(6, Buffer.alloc(14)); // 16 bytes
    const b = ipv6(Buffer.concat([hbh, SEG]), { nh: 0, payloadLen: 8 });
    expect(one(rec(eth(0x86dd, b))).weirds.map(w)).toEqual(['invalid_IP_header_size/net/IP']);
  });
  it('walks Hop-by-Hop, Destination Options and AH to the transport header', () => {
    const ah = Buffer.alloc(16);
    ah[0] = 6;
    ah[1] = 2; // (2 + 2) * 4 = 16 bytes
    const chain = Buffer.concat([ext(60, Buffer.alloc(6)), ext(51, Buffer.alloc(6)), ah, SEG]);
    const { pkt, weirds } = one(rec(eth(0x86dd, ipv6(chain, { nh: 0 }))));
    expect(weirds).toEqual([]);
    expect([pkt!.ipHdrLen, pkt!.proto, pkt!.l4Off, pkt!.srcPort]).toEqual([72, 6, 14 + 72, 1111]);
  });
  it('routing type 0: routing0_hdr, and the last address becomes the destination', () => {
    const b = ipv6(Buffer.concat([routing(0, 1, ['2001:db8::a', '2001:db8::b']), SEG]), { nh: 43 });
    const { pkt, weirds } = one(rec(eth(0x86dd, b)));
    expect(weirds.map(w)).toEqual(['routing0_hdr/flow/ 2001:db8::1>2001:db8::b']);
    expect(dst(pkt!)).toBe('2001:db8::b');
    expect(addrToString(pkt!.data, 14 + 24, 16)).toBe('2001:db8::2');
  });
  it('routing type 0 with an odd length: odd_routing0_len then routing0_hdr', () => {
    const r0 = routing(0, 1, ['2001:db8::a', '2001:db8::b', '2001:db8::c']);
    expect(r0[1]).toBe(6);
    r0[1] = 5;
    const b = ipv6(Buffer.concat([r0.subarray(0, 48), SEG]), { nh: 43 });
    const { pkt, weirds } = one(rec(eth(0x86dd, b)));
    expect(weirds.map((x) => x.name)).toEqual(['odd_routing0_len', 'routing0_hdr']);
    expect(dst(pkt!)).toBe('2001:db8::2');
  });
  it('routing type 2 sets the destination; a wrong length is bad_routing2_len', () => {
    const ok = one(rec(eth(0x86dd, ipv6(Buffer.concat([routing(2, 1, ['2001:db8::99']), SEG]), { nh: 43 }))));
    expect(ok.weirds).toEqual([]);
    expect(dst(ok.pkt!)).toBe('2001:db8::99');
    const bad = one(rec(eth(0x86dd, ipv6(Buffer.concat([routing(2, 1, ['2001:db8::99', '2001:db8::98']), SEG]), { nh: 43 }))));
    expect(bad.weirds.map(w)).toEqual(['bad_routing2_len/flow/ 2001:db8::1>2001:db8::2']);
  });
  it('unknown_routing_type names the type; a second routing header is multiple_routing_headers', () => {
    const u = one(rec(eth(0x86dd, ipv6(Buffer.concat([routing(7, 0, []), SEG]), { nh: 43 }))));
    expect(u.weirds.map(w)).toEqual(['unknown_routing_type/flow/ 2001:db8::1>2001:db8::2 (7)']);
    const first = routing(2, 1, ['2001:db8::99']);
    first[0] = 43;
    const m = one(rec(eth(0x86dd, ipv6(Buffer.concat([first, routing(2, 1, ['2001:db8::77']), SEG]), { nh: 43 }))));
    expect(m.weirds.map(w)).toEqual(['multiple_routing_headers/flow/ 2001:db8::1>2001:db8::99']);
    expect(dst(m.pkt!)).toBe('2001:db8::99');
  });
  it('a Home Address option becomes the effective source', () => {
    const opt = Buffer.concat([Buffer.from([0x01, 0x02, 0, 0]), Buffer.from([201, 16]), ip6addr('2001:db8::beef')]);
    const b = ipv6(Buffer.concat([ext(6, opt), SEG]), { nh: 60 });
    const { pkt, weirds } = one(rec(eth(0x86dd, b)));
    expect(weirds).toEqual([]);
    expect(src(pkt!)).toBe('2001:db8::beef');
    expect(addrToString(pkt!.data, 14 + 8, 16)).toBe('2001:db8::1');
  });
  it('bad_home_addr_len and multiple_home_addr_opts (Zeek names) keep the first good address', () => {
    const bad = Buffer.concat([Buffer.from([201, 4]), Buffer.alloc(4)]);
    const b1 = ipv6(Buffer.concat([ext(6, bad), SEG]), { nh: 60 });
    const o1 = one(rec(eth(0x86dd, b1)));
    expect(o1.weirds.map(w)).toEqual(['bad_home_addr_len/flow/ 2001:db8::1>2001:db8::2']);
    expect(src(o1.pkt!)).toBe('2001:db8::1');
    const two = Buffer.concat([
      Buffer.from([0x01, 0x02, 0, 0]), Buffer.from([201, 16]), ip6addr('2001:db8::a'),
      Buffer.from([0x01, 0x02, 0, 0]), Buffer.from([201, 16]), ip6addr('2001:db8::b'),
    ]);
    const o2 = one(rec(eth(0x86dd, ipv6(Buffer.concat([ext(6, two), SEG]), { nh: 60 }))));
    expect(o2.weirds.map(w)).toEqual(['multiple_home_addr_opts/flow/ 2001:db8::a>2001:db8::2']);
    expect(src(o2.pkt!)).toBe('2001:db8::a');
  });
  it('truncated_IPv6_option when an option overruns its header', () => {
    const opt = Buffer.from([0x05, 0x20]);
    const b = ipv6(Buffer.concat([ext(6, opt), SEG]), { nh: 60 });
    expect(one(rec(eth(0x86dd, b))).weirds.map(w)).toEqual(['truncated_IPv6_option/flow/ 2001:db8::1>2001:db8::2']);
  });
  it('ipv6_no_next for next header 59', () => {
    const { pkt, weirds } = one(rec(eth(0x86dd, ipv6(Buffer.alloc(8), { nh: 59 }))));
    expect(pkt).toBeNull();
    expect(weirds.map(w)).toEqual(['ipv6_no_next/flow/IP 2001:db8::1>2001:db8::2']);
  });
  it('stops quietly at ESP', () => {
    expect(one(rec(eth(0x86dd, ipv6(Buffer.alloc(24), { nh: 50 }))))).toEqual({ pkt: null, weirds: [], unknown: [] });
  });
  it('mobility header: bad_MH_checksum unless -C, mobility_piggyback with a payload', () => {
    const mh = Buffer.alloc(8);
    mh[0] = 6; // payload proto: TCP (piggyback)
    mh[2] = 1;
    const b = ipv6(mh, { nh: 135 });
    const strict = one(rec(eth(0x86dd, b)));
    expect(strict.pkt).toBeNull();
    expect(strict.weirds.map((x) => x.name)).toEqual(['bad_MH_checksum', 'mobility_piggyback']);
    expect(one(rec(eth(0x86dd, b)), { ignoreChecksums: true }).weirds.map((x) => x.name)).toEqual(['mobility_piggyback']);
  });
  it('a header running past the captured bytes ends the chain', () => {
    const b = ipv6(Buffer.concat([ext(6, Buffer.alloc(30)), SEG]), { nh: 0 });
    const r = rec(eth(0x86dd, b), { caplen: 14 + 40 + 10 });
    const { pkt } = one(r);
    expect([pkt!.ipHdrLen, pkt!.proto]).toEqual([40, 0]);
  });
  it('UDP over IPv6', () => {
    const { pkt } = one(rec(eth(0x86dd, ipv6(udp(Buffer.alloc(4), 546, 547), { nh: 17 }))));
    expect([pkt!.proto, pkt!.srcPort, pkt!.dstPort, pkt!.payloadLen]).toEqual([17, 546, 547, 4]);
  });
});
