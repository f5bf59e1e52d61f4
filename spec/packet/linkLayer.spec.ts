import { isSupportedLinkType, linkTypeName, macToString } from '../../src/packet';
import { eth, ipv4, ipv6, MAC_DST, MAC_SRC, rec, tcp, u16, vlanTag } from './frames';
import { dst, one, src, w } from './harness';

const IP = ipv4(tcp(Buffer.alloc(0)));

describe('link types', () => {
  it('knows which link types it decodes', () => {
    expect([0, 1, 9, 12, 14, 101, 108, 113, 228, 229, 276].every(isSupportedLinkType)).toBe(true);
    expect([10, 105, 127, 239, 4242].some(isSupportedLinkType)).toBe(false);
  });
  it('names link types, known or not', () => {
    expect(linkTypeName(1)).toBe('ETHERNET');
    expect(linkTypeName(113)).toBe('LINUX_SLL');
    expect(linkTypeName(105)).toBe('IEEE802_11');
    expect(linkTypeName(4242)).toBe('LINKTYPE_4242');
  });
});

describe('Ethernet', () => {
  it('decodes Ethernet II with MAC offsets', () => {
    const { pkt, weirds } = one(rec(eth(0x0800, IP)));
    expect(weirds).toEqual([]);
    expect(pkt).not.toBeNull();
    expect(pkt!.l2DstOff).toBe(0);
    expect(pkt!.l2SrcOff).toBe(6);
    expect(macToString(pkt!.data, pkt!.l2SrcOff)).toBe('66:77:88:99:aa:bb');
    expect(pkt!.ipOff).toBe(14);
    expect(pkt!.vlan).toBe(-1);
    expect(src(pkt!)).toBe('10.0.0.1');
  });
  it('reports truncated_ethernet_frame for 16 bytes or fewer', () => {
    const { pkt, weirds } = one(rec(eth(0x0800, IP).subarray(0, 16)));
    expect(pkt).toBeNull();
    expect(weirds.map(w)).toEqual(['truncated_ethernet_frame/net/ETHERNET']);
  });
  it('reports undefined_ether_type for 1501..1535', () => {
    expect(one(rec(eth(1501, IP))).weirds.map(w)).toEqual(['undefined_ether_type/net/ETHERNET']);
    expect(one(rec(eth(1535, IP))).weirds.map(w)).toEqual(['undefined_ether_type/net/ETHERNET']);
  });
  it('treats 802.3 lengths and unknown EtherTypes as unknown protocols, not weirds', () => {
    const a = one(rec(eth(100, IP)));
    expect(a.pkt).toBeNull();
    expect(a.weirds).toEqual([]);
    expect(a.unknown).toEqual(['ETHERNET 0x64']);
    const b = one(rec(eth(0x88cc, IP)));
    expect(b.unknown).toEqual(['ETHERNET 0x88cc']);
  });
  it('drops ARP quietly (its own analyzer in Zeek)', () => {
    const a = one(rec(eth(0x0806, Buffer.alloc(28))));
    expect(a).toEqual({ pkt: null, weirds: [], unknown: [] });
  });
  it('skips a Cisco FabricPath header and takes the inner MACs', () => {
    const inner = eth(0x0800, IP);
    const frame = Buffer.concat([Buffer.alloc(12, 0xee), u16(0x8903), Buffer.alloc(2), inner]);
    const { pkt } = one(rec(frame));
    expect(pkt!.l2DstOff).toBe(16);
    expect(pkt!.ipOff).toBe(30);
    expect(macToString(pkt!.data, pkt!.l2DstOff)).toBe(macToString(MAC_DST, 0));
    const short = one(rec(frame.subarray(0, 30)));
    expect(short.weirds.map(w)).toEqual(['truncated_link_header_cfp/net/ETHERNET']);
  });
});

describe('VLAN', () => {
  it('records one 802.1Q tag as the outer VLAN', () => {
    const { pkt } = one(rec(eth(0x8100, Buffer.concat([vlanTag(0x2000 | 42, 0x0800), IP]))));
    expect(pkt!.vlan).toBe(42);
    expect(pkt!.innerVlan).toBe(-1);
    expect(pkt!.ipOff).toBe(18);
  });
  it('records QinQ (0x88A8 then 0x8100) as outer and inner VLAN', () => {
    const { pkt } = one(rec(eth(0x88a8, Buffer.concat([vlanTag(100, 0x8100), vlanTag(200, 0x0800), IP]))));
    expect([pkt!.vlan, pkt!.innerVlan, pkt!.ipOff]).toEqual([100, 200, 22]);
    const old = one(rec(eth(0x9100, Buffer.concat([vlanTag(7, 0x8100), vlanTag(8, 0x0800), IP]))));
    expect([old.pkt!.vlan, old.pkt!.innerVlan]).toEqual([7, 8]);
  });
  it('accepts 0x88A8 only directly after Ethernet', () => {
    const a = one(rec(eth(0x8100, Buffer.concat([vlanTag(1, 0x88a8), vlanTag(2, 0x0800), IP]))));
    expect(a.pkt).toBeNull();
    expect(a.unknown).toEqual(['VLAN 0x88a8']);
  });
  it('reports a third tag and lets it overwrite the inner VLAN', () => {
    const frame = eth(0x8100, Buffer.concat([vlanTag(1, 0x8100), vlanTag(2, 0x8100), vlanTag(3, 0x0800), IP]));
    const { pkt, weirds } = one(rec(frame));
    expect(weirds.map(w)).toEqual(['triple_tagged_vlan_unsupported/net/VLAN (inner VLAN tag overwritten)']);
    expect([pkt!.vlan, pkt!.innerVlan]).toEqual([1, 3]);
  });
  it('reports truncated_VLAN_header and undefined_vlan_protocol', () => {
    expect(one(rec(eth(0x8100, vlanTag(1, 0x0800)))).weirds.map(w)).toEqual(['truncated_VLAN_header/net/VLAN']);
    expect(one(rec(eth(0x8100, Buffer.concat([vlanTag(1, 1510), IP])))).weirds.map(w)).toEqual([
      'undefined_vlan_protocol/net/VLAN',
    ]);
  });
  it('stops at max_packet_analyzer_depth_exceeded after 25 analyzers', () => {
    const tags = Array.from({ length: 30 }, () => vlanTag(5, 0x8100));
    const { pkt, weirds } = one(rec(eth(0x8100, Buffer.concat([...tags, IP]))));
    expect(pkt).toBeNull();
    const names = weirds.map((x) => x.name);
    expect(names[names.length - 1]).toBe('max_packet_analyzer_depth_exceeded');
    expect(names.filter((n) => n === 'triple_tagged_vlan_unsupported')).toHaveLength(22);
  });
});

describe('MPLS, PPPoE, VN-Tag', () => {
  const label = (bottom: boolean) => Buffer.from([0x00, 0x01, bottom ? 0x01 : 0x00, 0x40]);
  it('pops MPLS labels to the bottom of the stack, then sniffs IP', () => {
    const { pkt } = one(rec(eth(0x8847, Buffer.concat([label(false), label(true), ipv6(tcp(Buffer.alloc(0)))]))));
    expect(pkt!.ipOff).toBe(22);
    expect(pkt!.ipVersion).toBe(6);
  });
  it('decodes MPLS inside a VLAN', () => {
    const { pkt } = one(rec(eth(0x8100, Buffer.concat([vlanTag(9, 0x8847), label(true), IP]))));
    expect([pkt!.vlan, pkt!.ipOff]).toEqual([9, 22]);
  });
  it('reports truncated_link_header for a label stack without bottom', () => {
    const { weirds } = one(rec(eth(0x8847, Buffer.concat([label(false), label(false)]))));
    expect(weirds.map(w)).toEqual(['truncated_link_header/net/MPLS']);
  });
  it('decodes PPPoE session frames carrying IPv4 and IPv6', () => {
    const pppoe = (proto: number, body: Buffer) =>
      Buffer.concat([Buffer.from([0x11, 0x00, 0x00, 0x01]), u16(body.length + 2), u16(proto), body]);
    expect(one(rec(eth(0x8864, pppoe(0x0021, IP)))).pkt!.ipOff).toBe(22);
    expect(one(rec(eth(0x8864, pppoe(0x0057, ipv6(tcp(Buffer.alloc(0))))))).pkt!.ipVersion).toBe(6);
    expect(one(rec(eth(0x8864, pppoe(0xc021, IP)))).unknown).toEqual(['PPPOE 0xc021']);
    expect(one(rec(eth(0x8864, Buffer.alloc(8)))).weirds.map(w)).toEqual(['truncated_pppoe_header/net/PPPOE']);
    const padded = one(rec(Buffer.concat([eth(0x8864, pppoe(0x0021, IP)), Buffer.alloc(6)])));
    expect(padded.weirds.map(w)).toEqual(['pppoe_extra_data_after_payload/net/PPPOE']);
    expect(padded.pkt!.ipOff).toBe(22);
    const long = pppoe(0x0021, IP);
    long.writeUInt16BE(500, 4);
    expect(one(rec(eth(0x8864, long))).weirds.map(w)).toEqual(['pppoe_truncated_payload/net/PPPOE']);
  });
  it('decodes VN-Tag then an 802.1Q tag', () => {
    const vn = Buffer.concat([Buffer.from([0x80, 0x01, 0x00, 0x02]), u16(0x8100)]);
    const { pkt } = one(rec(eth(0x8926, Buffer.concat([vn, vlanTag(11, 0x0800), IP]))));
    expect([pkt!.vlan, pkt!.ipOff]).toEqual([11, 24]);
    expect(one(rec(eth(0x8926, vn))).weirds.map(w)).toEqual(['truncated_vntag_header/net/VNTAG']);
  });
});

describe('cooked, loopback, PPP and raw link types', () => {
  it('decodes Linux SLL with the sender address only', () => {
    const hdr = Buffer.concat([u16(0), u16(1), u16(6), MAC_SRC, Buffer.alloc(2), u16(0x0800)]);
    const { pkt } = one(rec(Buffer.concat([hdr, IP]), { linkType: 113 }));
    expect([pkt!.l2SrcOff, pkt!.l2DstOff, pkt!.ipOff]).toEqual([6, -1, 16]);
    expect(one(rec(hdr, { linkType: 113 })).weirds.map(w)).toEqual(['truncated_Linux_SLL_header/net/LINUXSLL']);
    const arpish = Buffer.concat([hdr.subarray(0, 14), u16(0x0004), IP]);
    expect(one(rec(arpish, { linkType: 113 })).unknown).toEqual(['LINUXSLL 0x4']);
  });
  it('decodes Linux SLL2', () => {
    const hdr = Buffer.concat([u16(0x86dd), u16(0), Buffer.alloc(4), u16(1), Buffer.from([0, 6]), MAC_SRC, Buffer.alloc(2)]);
    const { pkt } = one(rec(Buffer.concat([hdr, ipv6(tcp(Buffer.alloc(0)))]), { linkType: 276 }));
    expect([pkt!.l2SrcOff, pkt!.ipOff, pkt!.ipVersion]).toEqual([12, 20, 6]);
    expect(one(rec(hdr, { linkType: 276 })).weirds.map(w)).toEqual(['truncated_Linux_SLL2_header/net/LINUXSLL2']);
  });
  it('decodes NULL with little-endian families and falls back to big-endian', () => {
    const le = Buffer.from([2, 0, 0, 0]);
    const be = Buffer.from([0, 0, 0, 30]);
    expect(one(rec(Buffer.concat([le, IP]), { linkType: 0 })).pkt!.ipOff).toBe(4);
    expect(one(rec(Buffer.concat([be, ipv6(tcp(Buffer.alloc(0)))]), { linkType: 0 })).pkt!.ipVersion).toBe(6);
    expect(one(rec(Buffer.concat([Buffer.from([7, 0, 0, 0]), IP]), { linkType: 0 })).unknown).toEqual(['NULL 0x7']);
    expect(one(rec(le, { linkType: 0 })).weirds.map(w)).toEqual(['null_analyzer_failed/net/NULL']);
  });
  it('decodes LOOP as a big-endian family', () => {
    expect(one(rec(Buffer.concat([Buffer.from([0, 0, 0, 2]), IP]), { linkType: 108 })).pkt!.ipOff).toBe(4);
    expect(one(rec(Buffer.concat([Buffer.from([2, 0, 0, 0]), IP]), { linkType: 108 })).unknown).toEqual([
      'LOOP 0x2000000',
    ]);
  });
  it('decodes PPP with and without FF 03 framing and with a compressed protocol', () => {
    expect(one(rec(Buffer.concat([u16(0x0021), IP]), { linkType: 9 })).pkt!.ipOff).toBe(2);
    expect(one(rec(Buffer.concat([Buffer.from([0xff, 0x03]), u16(0x0021), IP]), { linkType: 9 })).pkt!.ipOff).toBe(4);
    expect(one(rec(Buffer.concat([Buffer.from([0x57]), ipv6(tcp(Buffer.alloc(0)))]), { linkType: 9 })).pkt!.ipOff).toBe(1);
    expect(one(rec(Buffer.concat([u16(0xc021), IP]), { linkType: 9 })).unknown).toEqual(['PPP 0xc021']);
    expect(one(rec(u16(0x0021), { linkType: 9 })).weirds.map(w)).toEqual(['truncated_ppp_header/net/PPP']);
  });
  it('decodes raw IP link types from offset 0', () => {
    for (const lt of [101, 12, 14, 228, 229]) {
      const { pkt } = one(rec(IP, { linkType: lt }));
      expect([pkt!.ipOff, pkt!.l2SrcOff, dst(pkt!)]).toEqual([0, -1, '10.0.0.2']);
    }
  });
});
