/**
 * `ip6_hdr$exts`: the extension-header chain of `pkt_hdr`, as Zeek's IPv6_Hdr_Chain::ToVal
 * builds it. Frames go through the real decoder (the chain it accepted is what is listed);
 * ESP and Mobility packets never reach a connection, so their chains are checked on a
 * packet filled by hand. Field values of the Zeek baselines named in each case.
 */
import { buildIp6Exts, buildPktHdr } from './pktHdr';
import { createPacket } from '../packet/createPacket';
import { hasIpv6ExtHeaders, ipv6ExtHeaders } from '../packet/ipv6ExtHeaders';
import type { Packet } from '../packet/Packet';
import { eth, ext, fragHdr, icmp, ip6addr, ipv4, ipv6, rec, udp } from '../../spec/packet/frames';
import { one, run } from '../../spec/packet/harness';

const A = '2001:4f8:4:7:2e0:81ff:fe52:ffff';
const B = '2001:4f8:4:7:2e0:81ff:fe52:9a6b';

function decoded(ip: Buffer, caplen?: number): Packet {
  const { pkt } = one(rec(eth(0x86dd, ip), caplen === undefined ? {} : { caplen: 14 + caplen }), { ignoreChecksums: true });
  expect(pkt).not.toBeNull();
  return pkt!;
}

/** A packet whose chain the decoder would accept but not hand on (ESP, Mobility): the fields buildIp6Exts reads. */
function byHand(ip: Buffer, hdrLen: number): Packet {
  const p = createPacket();
  p.data = ip;
  p.caplen = p.len = ip.length;
  p.ipVersion = 6;
  p.ipOff = 0;
  p.ipHdrLen = hdrLen;
  p.ipTotalLen = ip.length;
  return p;
}

function routing0(nh: number, segLeft: number, addrs: string[]): Buffer {
  return ext(nh, Buffer.concat([Buffer.from([0, segLeft, 0, 0, 0, 0]), ...addrs.map(ip6addr)]));
}

const PADN4 = Buffer.from([1, 4, 0, 0, 0, 0]);
const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');

describe('ip6_hdr$exts', () => {
  it('is [] without extension headers, and IPv4 has no ip6 at all', () => {
    const p = decoded(ipv6(udp(Buffer.from('x'), 1, 2), { nh: 17 }));
    expect(hasIpv6ExtHeaders(p)).toBe(false);
    expect(buildPktHdr(p).ip6!.exts).toEqual([]);
    const { pkt } = one(rec(eth(0x0800, ipv4(udp(Buffer.from('x'), 1, 2), { proto: 17 }))));
    expect(hasIpv6ExtHeaders(pkt!)).toBe(false);
    expect(ipv6ExtHeaders(pkt!)).toEqual([]);
    expect(buildPktHdr(pkt!).ip6).toBeUndefined();
  });

  it('Hop-by-Hop then routing type 0, in wire order (core.ipv6_ext_headers)', () => {
    const chain = Buffer.concat([ext(43, Buffer.from([1, 4, 0, 0, 0, 0])), routing0(17, 2, ['2001:78:1:32::1', '2001:78:1:32::2'])]);
    const p = decoded(ipv6(Buffer.concat([chain, udp(Buffer.from('abc'), 53, 53)]), { nh: 0, src: A, dst: B }));
    expect(hasIpv6ExtHeaders(p)).toBe(true);
    expect(ipv6ExtHeaders(p)).toEqual([
      { type: 0, off: 14 + 40, len: 8 },
      { type: 43, off: 14 + 48, len: 40 },
    ]);
    const h = buildPktHdr(p).ip6!;
    expect([h.len, h.nxt, h.src, h.dst]).toEqual([59, 0, A, B]);
    expect(h.exts).toEqual([
      { id: 0, hopopts: { nxt: 43, len: 0, options: [{ otype: 1, len: 4, data: '\0\0\0\0' }] } },
      {
        id: 43,
        routing: {
          nxt: 17,
          len: 4,
          rtype: 0,
          segleft: 2,
          data: '\0\0\0\0' + ip6addr('2001:78:1:32::1').toString('latin1') + ip6addr('2001:78:1:32::2').toString('latin1'),
        },
      },
    ]);
  });

  it('options: Pad1 is one byte with len 0 and data "", a last lone byte is not an option (Zeek BuildOptionsVal)', () => {
    // Pad1, PadN with no data, Home Address(16), then a lone Pad1 byte that Zeek leaves unread.
    const body = Buffer.concat([Buffer.from([0, 1, 0, 201, 16]), ip6addr('2001:78:1:32::1'), Buffer.from([0])]);
    expect(body.length + 2).toBe(24);
    const p = decoded(ipv6(Buffer.concat([ext(17, body), udp(Buffer.alloc(4), 30000, 13000)]), { nh: 60, src: A, dst: B }));
    expect(buildIp6Exts(p)).toEqual([
      {
        id: 60,
        dstopts: {
          nxt: 17,
          len: 2,
          options: [
            { otype: 0, len: 0, data: '' },
            { otype: 1, len: 0, data: '' },
            { otype: 201, len: 16, data: ip6addr('2001:78:1:32::1').toString('latin1') },
          ],
        },
      },
    ]);
  });

  it('AH: seq and data unset when the payload length is 0 (core.ipv6_zero_len_ah), set otherwise', () => {
    const ah0 = hex('3a00 0000 00000000');
    const p0 = decoded(ipv6(Buffer.concat([ah0, icmp(128, 0, Buffer.alloc(150))]), { nh: 51, hopLimit: 255 }));
    const e0 = buildIp6Exts(p0);
    expect(e0).toEqual([{ id: 51, ah: { nxt: 58, len: 0, rsv: 0, spi: 0 } }]);
    expect('seq' in e0[0].ah! || 'data' in e0[0].ah!).toBe(false);
    const ah2 = hex('3a02 1234 0000abcd 00000007 deadbeef');
    const p2 = decoded(ipv6(Buffer.concat([ah2, icmp(128, 0, Buffer.alloc(8))]), { nh: 51 }));
    expect(buildIp6Exts(p2)).toEqual([{ id: 51, ah: { nxt: 58, len: 2, rsv: 0x1234, spi: 0xabcd, seq: 7, data: '\xde\xad\xbe\xef' } }]);
  });

  it('Fragment header of a first fragment analysed though not fully captured: offset in 8-byte units, more, id', () => {
    const payload = udp(Buffer.alloc(100), 1000, 53);
    const ip = ipv6(Buffer.concat([fragHdr(17, 0, true, 0xdeadbeef), payload]), { nh: 44 });
    const p = decoded(ip, 40 + 8 + 8);
    expect(buildIp6Exts(p)).toEqual([{ id: 44, fragment: { nxt: 17, rsv1: 0, offset: 0, rsv2: 0, more: true, id: 0xdeadbeef } }]);
    const raw = hex('3aff fff7 00000001');
    const q = byHand(ipv6(Buffer.concat([raw, Buffer.alloc(8)]), { nh: 44 }), 48);
    expect(buildIp6Exts(q)).toEqual([{ id: 44, fragment: { nxt: 58, rsv1: 255, offset: 0x1ffe, rsv2: 3, more: true, id: 1 } }]);
  });

  it('a reassembled datagram lists the rebuilt chain: Fragment header gone, headers after it kept (core.ipv6-frag, core.ipv6-atomic-frag)', () => {
    // Hop-by-Hop (unfragmentable), Fragment, then Destination Options inside the fragmentable part.
    const inner = Buffer.concat([ext(17, PADN4), udp(Buffer.alloc(200), 1000, 53)]);
    const hbh = ext(44, PADN4);
    const f1 = ipv6(Buffer.concat([hbh, fragHdr(60, 0, true, 9), inner.subarray(0, 104)]), { nh: 0 });
    const f2 = ipv6(Buffer.concat([hbh, fragHdr(60, 104, false, 9), inner.subarray(104)]), { nh: 0 });
    const out = run([rec(eth(0x86dd, f1)), rec(eth(0x86dd, f2))], { ignoreChecksums: true });
    expect(out.pkts[0]).toBeNull();
    const p = out.pkts[1]!;
    expect(buildIp6Exts(p)).toEqual([
      { id: 0, hopopts: { nxt: 60, len: 0, options: [{ otype: 1, len: 4, data: '\0\0\0\0' }] } },
      { id: 60, dstopts: { nxt: 17, len: 0, options: [{ otype: 1, len: 4, data: '\0\0\0\0' }] } },
    ]);
    expect(buildPktHdr(p).ip6!.len).toBe(8 + inner.length);
    // An atomic fragment alone: nothing left of the chain.
    const atomic = ipv6(Buffer.concat([fragHdr(17, 0, false, 5), udp(Buffer.alloc(10), 1, 2)]), { nh: 44 });
    const a = run([rec(eth(0x86dd, atomic))], { ignoreChecksums: true }).pkts[0]!;
    expect([buildPktHdr(a).ip6!.nxt, buildIp6Exts(a)]).toEqual([17, []]);
  });

  it('ESP ends the chain: spi and seq', () => {
    const p = byHand(ipv6(Buffer.concat([hex('0000000a 00000003'), Buffer.alloc(32)]), { nh: 50 }), 48);
    expect(buildIp6Exts(p)).toEqual([{ id: 50, esp: { spi: 10, seq: 3 } }]);
  });

  describe('Mobility messages (core.mobility_msg field values)', () => {
    // Fixed part: payload proto 59, length, MH type, reserved, checksum; then the message.
    function mob(type: number, chksum: number, msg: string): Packet {
      const bodyLen = 6 + msg.replace(/\s/g, '').length / 2;
      const b = Buffer.concat([Buffer.from([59, bodyLen / 8 - 1, type, 0, chksum >> 8, chksum & 0xff]), hex(msg)]);
      return byHand(ipv6(b, { nh: 135, src: A, dst: B }), 40 + b.length);
    }
    const only = (p: Packet) => {
      const e = buildIp6Exts(p);
      expect(e.length).toBe(1);
      expect(e[0].id).toBe(135);
      return e[0].mobility!;
    };
    const PADN2 = [{ otype: 1, len: 2, data: '\0\0' }];

    it('Binding ACK', () => {
      const m = only(mob(6, 53722, '00 80 002a 0008 0102 0000'));
      expect(m).toEqual({
        nxt: 59,
        len: 1,
        mh_type: 6,
        rsv: 0,
        chksum: 53722,
        msg: { id: 6, back: { status: 0, k: true, seq: 42, life: 8, options: PADN2 } },
      });
    });
    it('Binding Error', () => {
      const m = only(mob(7, 45272, '01 00' + ip6addr('2001:78:1:32::1').toString('hex')));
      expect(m.msg).toEqual({ id: 7, be: { status: 1, hoa: '2001:78:1:32::1', options: [] } });
      expect([m.len, m.chksum]).toEqual([2, 45272]);
    });
    it('Binding Refresh Request', () => {
      expect(only(mob(0, 55703, '0000')).msg).toEqual({ id: 0, brr: { rsv: 0, options: [] } });
    });
    it('Binding Update', () => {
      expect(only(mob(5, 868, '0025 d000 0003 0102 0000')).msg).toEqual({
        id: 5,
        bu: { seq: 37, a: true, h: true, l: false, k: true, life: 3, options: PADN2 },
      });
    });
    it('Care-of Test and Home Test', () => {
      const body = '000d 000000000000000f 00000000000000ff';
      expect(only(mob(4, 54378, body)).msg).toEqual({ id: 4, cot: { nonce_idx: 13, cookie: 15, token: 255, options: [] } });
      expect(only(mob(3, 54634, body)).msg).toEqual({ id: 3, hot: { nonce_idx: 13, cookie: 15, token: 255, options: [] } });
    });
    it('Care-of Test Init and Home Test Init; a cookie above 2^53 is a bigint count', () => {
      expect(only(mob(2, 55181, '0000 0000000000000001')).msg).toEqual({ id: 2, coti: { rsv: 0, cookie: 1, options: [] } });
      expect(only(mob(1, 55437, '0000 ffffffffffffffff')).msg).toEqual({ id: 1, hoti: { rsv: 0, cookie: 2n ** 64n - 1n, options: [] } });
    });
    it('an unknown MH type leaves every message field unset', () => {
      expect(only(mob(99, 0, '0000')).msg).toEqual({ id: 99 });
    });
  });
});
