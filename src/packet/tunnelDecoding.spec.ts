import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDecoder } from './createDecoder';
import { encapsulatingConn } from './Encapsulation';
import type { Packet } from './Packet';
import { detectUdpTunnel, UDP_TUNNEL_AYIYA, UDP_TUNNEL_TEREDO, UDP_TUNNEL_VXLAN } from './tunnelDecoding';
import type { Weird } from './Weird';

const TRACES = join(__dirname, '..', '..', 'traces', 'tunnels');

/** The records of a classic little-endian µs pcap (the generated traces are). */
function records(file: string): { ts: number; data: Buffer; caplen: number; len: number; linkType: number }[] {
  const b = readFileSync(join(TRACES, file));
  const out = [];
  for (let off = 24; off < b.length; ) {
    const caplen = b.readUInt32LE(off + 8);
    out.push({
      ts: b.readUInt32LE(off) + b.readUInt32LE(off + 4) / 1e6,
      caplen,
      len: b.readUInt32LE(off + 12),
      data: b.subarray(off + 16, off + 16 + caplen),
      linkType: 1,
    });
    off += 16 + caplen;
  }
  return out;
}

function decoderFor(weirds: Weird[] = [], maxDepth = 2) {
  let n = 0;
  return createDecoder({ onWeird: (w) => weirds.push(w), tunnels: { newUid: () => `U${++n}`, maxDepth } });
}

describe('IP-in-IP and GRE decapsulation', () => {
  test.each(['ipip-http.pcap', '6in4-http.pcap', '4in6-http.pcap', 'gre-http.pcap', 'gre6-http.pcap', 'gre-eth-http.pcap', 'pptp-http.pcap'])(
    '%s: the decoder returns the inner TCP packet with its tunnel',
    (file) => {
      const weirds: Weird[] = [];
      const dec = decoderFor(weirds);
      const pkts = records(file).map((r) => dec.decode(r));
      expect(weirds).toEqual([]);
      for (const p of pkts) {
        expect(p).not.toBeNull();
        expect(p!.proto).toBe(6);
        expect(p!.dstPort === 80 || p!.srcPort === 80).toBe(true);
        expect(p!.encap).toHaveLength(1);
        // Both directions are the same tunnel (one uid for the address pair).
        expect(p!.encap![0].uid).toBe('U1');
      }
      expect(pkts[0]!.encap![0].type).toBe(file.startsWith('gre') || file.startsWith('pptp') ? 'Tunnel::GRE' : 'Tunnel::IP');
    },
  );

  test('without the tunnels option, protocol 4 stays an unknown transport', () => {
    const dec = createDecoder({ onWeird: () => undefined });
    const p = dec.decode(records('ipip-http.pcap')[0]);
    expect(p!.proto).toBe(4);
    expect(p!.encap).toBeNull();
  });

  test('GRE with Ethernet inside records the inner MAC addresses', () => {
    const p = decoderFor().decode(records('gre-eth-http.pcap')[0])!;
    expect(p.l2SrcOff).toBeGreaterThanOrEqual(0);
    expect(p.data.subarray(p.l2SrcOff, p.l2SrcOff + 6).toString('hex')).toBe('020000000001');
  });

  test('tunnel-errors.pcap: depth limit, inner weirds with _in_tunnel, GRE weirds', () => {
    const weirds: Weird[] = [];
    const dec = decoderFor(weirds);
    const out = records('tunnel-errors.pcap').map((r) => dec.decode(r));
    expect(out.map((p) => (p === null ? null : p.proto))).toEqual([null, 6, null, null, null, null, 17]);
    expect(out[1]!.encap).toHaveLength(2);
    expect(weirds.map((w) => `${w.kind} ${w.name} ${w.source} ${w.addl}`)).toEqual([
      'flow exceeded_tunnel_max_depth_in_tunnel IPINIP ',
      'flow truncated_inner_IP IPINIP ',
      'net truncated_IP_len_in_tunnel IP ',
      'flow unknown_gre_version GRE version=2',
      'flow truncated_GRE GRE ',
    ]);
  });

  test('Tunnel::max_depth = 1 refuses the second level', () => {
    const weirds: Weird[] = [];
    const out = records('tunnel-errors.pcap').map((r) => decoderFor(weirds, 1).decode(r));
    expect(out[1]).toBeNull();
    expect(weirds[0].name).toBe('exceeded_tunnel_max_depth_in_tunnel');
  });
});

describe('UDP tunnels', () => {
  test('decodeUdpTunnel: VXLAN gives the inner Ethernet/IP packet inside the outer connection', () => {
    const dec = decoderFor();
    const outer = dec.decode(records('vxlan-http.pcap')[0])!;
    expect(outer.dstPort).toBe(4789);
    const ec = encapsulatingConn('Tunnel::VXLAN', 'C1', '192.0.2.1', 51000, '192.0.2.2', 4789, 0x20000, 17);
    const inner = dec.decodeUdpTunnel(outer, UDP_TUNNEL_VXLAN, ec) as Packet;
    expect(dec.lastTunnel).toMatchObject({ valid: true, violated: false });
    expect(inner.proto).toBe(6);
    expect(inner.encap).toEqual([ec]);
    // The outer packet is left as it was.
    expect(outer.proto).toBe(17);
  });

  test('a VXLAN header without the I flag is a violation', () => {
    const dec = decoderFor();
    const outer = dec.decode(records('tunnel-errors.pcap')[6])!;
    const ec = encapsulatingConn('Tunnel::VXLAN', 'C1', '192.0.2.1', 51001, '192.0.2.2', 4789, 0x20000, 17);
    expect(dec.decodeUdpTunnel(outer, UDP_TUNNEL_VXLAN, ec)).toBeNull();
    expect(dec.lastTunnel).toMatchObject({ valid: false, violated: true });
  });

  test('detectUdpTunnel: a Teredo bubble and origin indications, AYIYA by its magic bytes, nothing else', () => {
    const dec = decoderFor();
    const recs = records('teredo-detect.pcap');
    const kinds = recs.map((r) => detectUdpTunnel(dec.decode(r)!));
    // Bubble, then client packets (plain IPv6: not recognised) and relay packets (origin indication).
    expect(kinds).toEqual([3, 0, 3, 0, 0, 3, 0, 3, 0].map((k) => (k === 3 ? UDP_TUNNEL_TEREDO : 0)));
    expect(detectUdpTunnel(dec.decode(records('ayiya-http.pcap')[0])!)).toBe(UDP_TUNNEL_AYIYA);
    expect(detectUdpTunnel(dec.decode(records('vxlan-http.pcap')[0])!)).toBe(0);
  });
});
