/**
 * End-to-end: tunnel decapsulation (engine.md 1.14, docs/tunnels.md) on the generated
 * traces in traces/tunnels/. The expected rows have the shapes of Zeek's core.tunnels.*
 * baselines: the inner connection with `tunnel_parents`, tunnel.log DISCOVER rows, UDP
 * tunnels as their own conn.log rows (service vxlan/geneve) closed in tunnel.log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BTEST_TRACES, lines, logLines, REPO, rxbro } from './cliRun';

const TRACES = join(REPO, 'traces', 'tunnels');

/** Runs a default (non-bare) deterministic run and returns the data rows of its logs. */
function run(trace: string, ...extra: string[]): { conn: string[]; tunnel: string[]; weird: string[]; stdout: string } {
  const r = rxbro(['run', '--deterministic', '-r', join(TRACES, trace), ...extra]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const rows = (name: string): string[] => logLines(r.cwd, `${name}.log`) ?? [];
  return { conn: rows('conn'), tunnel: rows('tunnel'), weird: rows('weird'), stdout: r.stdout };
}

const INNER_V4 = '10.1.0.1\t40000\t10.2.0.1\t80\ttcp\t-\t0.060000\t49\t44\tSF\tT\tT\t0\tShADdFf\t5\t249\t3\t164';
const INNER_V6 = 'fd00:1::1\t40000\tfd00:2::1\t80\ttcp\t-\t0.060000\t49\t44\tSF\tT\tT\t0\tShADdFf\t5\t349\t3\t224';

describe('IP-in-IP and GRE: one inner connection, the tunnel only in tunnel.log', () => {
  test.each([
    ['ipip-http.pcap', 1795700000, INNER_V4, '192.0.2.1\t0\t192.0.2.2\t0\tTunnel::IP'],
    ['6in4-http.pcap', 1795700010, INNER_V6, '192.0.2.1\t0\t192.0.2.2\t0\tTunnel::IP'],
    ['4in6-http.pcap', 1795700020, INNER_V4, '2001:db8::a\t0\t2001:db8::b\t0\tTunnel::IP'],
    ['gre-http.pcap', 1795700030, INNER_V4, '192.0.2.1\t0\t192.0.2.2\t0\tTunnel::GRE'],
    ['gre6-http.pcap', 1795700040, INNER_V6, '2001:db8::a\t0\t2001:db8::b\t0\tTunnel::GRE'],
    ['gre-eth-http.pcap', 1795700050, INNER_V4, '192.0.2.1\t0\t192.0.2.2\t0\tTunnel::GRE'],
    ['pptp-http.pcap', 1795700060, INNER_V4, '192.0.2.1\t0\t192.0.2.2\t0\tTunnel::GRE'],
  ])('%s', (trace, ts, inner, tunnel) => {
    const { conn, tunnel: tl, weird } = run(trace);
    // The tunnel's uid is drawn first (Baseline core.tunnels.gre), the connection's second.
    expect(conn).toEqual([`${ts}.000000\tClEkJM2Vm5giqnMf4h\t${inner}\tCHhAvVGS1DHFjwGM9\t6`]);
    expect(tl).toEqual([`${ts}.000000\tCHhAvVGS1DHFjwGM9\t${tunnel}\tTunnel::DISCOVER`]);
    expect(weird).toEqual([]);
  });
});

describe('UDP tunnels: the outer connections are logged too', () => {
  test.each([
    ['vxlan-http.pcap', 1795700070, 4789, 51000, 52000, 'vxlan', 'VXLAN'],
    ['geneve-http.pcap', 1795700080, 6081, 53000, 54000, 'geneve', 'GENEVE'],
  ])('%s', (trace, ts, port, p1, p2, service, type) => {
    const { conn, tunnel } = run(trace);
    // As Baseline core.tunnels.vxlan: each direction is its own outer connection and a parent of the inner one.
    expect(conn).toEqual([
      `${ts}.000000\tClEkJM2Vm5giqnMf4h\t${INNER_V4}\tCHhAvVGS1DHFjwGM9,C4J4Th3PJpwUYZZ6gc\t6`,
      `${ts}.010000\tC4J4Th3PJpwUYZZ6gc\t192.0.2.2\t${p2}\t192.0.2.1\t${port}\tudp\t${service}\t0.050000\t230\t0\tS0\tT\tT\t0\tD\t3\t314\t0\t0\t-\t17`,
      `${ts}.000000\tCHhAvVGS1DHFjwGM9\t192.0.2.1\t${p1}\t192.0.2.2\t${port}\tudp\t${service}\t0.070000\t359\t0\tS0\tT\tT\t0\tD\t5\t499\t0\t0\t-\t17`,
    ]);
    expect(tunnel).toEqual([
      `${ts}.000000\tCHhAvVGS1DHFjwGM9\t192.0.2.1\t${p1}\t192.0.2.2\t${port}\tTunnel::${type}\tTunnel::DISCOVER`,
      `${ts}.010000\tC4J4Th3PJpwUYZZ6gc\t192.0.2.2\t${p2}\t192.0.2.1\t${port}\tTunnel::${type}\tTunnel::DISCOVER`,
      `${ts}.070000\tC4J4Th3PJpwUYZZ6gc\t192.0.2.2\t${p2}\t192.0.2.1\t${port}\tTunnel::${type}\tTunnel::CLOSE`,
      `${ts}.070000\tCHhAvVGS1DHFjwGM9\t192.0.2.1\t${p1}\t192.0.2.2\t${port}\tTunnel::${type}\tTunnel::CLOSE`,
    ]);
  });
});

describe('scripts see connection$tunnel and tunnel_changed', () => {
  test('new_connection shows the encapsulation; each change raises tunnel_changed', () => {
    const script =
      'event new_connection(c: connection) { print "new", c$uid, c$tunnel; } ' +
      'event tunnel_changed(c: connection, e: EncapsulatingConnVector) ' +
      '{ print "changed", network_time(), |e|, |e| > 0 ? cat(e[0]$tunnel_type) : "-"; }';
    const { stdout, conn } = run('tunnel-changed.pcap', '-e', script);
    expect(lines(stdout)).toEqual([
      'new, ClEkJM2Vm5giqnMf4h, [[cid=[orig_h=192.0.2.1, orig_p=0/unknown, resp_h=192.0.2.2, resp_p=0/unknown, proto=4, ctx=[]], tunnel_type=Tunnel::IP, uid=CHhAvVGS1DHFjwGM9]]',
      // SYN-ACK outside the tunnel, ACK through GRE between the same hosts (GRE keeps its own tunnels), then outside.
      'changed, 1795700090.01, 0, -',
      'changed, 1795700090.02, 1, Tunnel::GRE',
      'changed, 1795700090.03, 0, -',
    ]);
    // Both tunnels are parents; the GRE tunnel's uid was drawn after the connection's.
    expect(conn[0]).toMatch(/\tCHhAvVGS1DHFjwGM9,C4J4Th3PJpwUYZZ6gc\t6$/);
  });

  test('vxlan_packet / geneve_packet: outer connection, inner header, VNI, after the inner packet is analysed', () => {
    const vx = run('vxlan-http.pcap', '-e', 'event vxlan_packet(outer: connection, inner: pkt_hdr, vni: count) { print outer$uid, inner$ip$src, vni; }');
    expect(lines(vx.stdout).slice(0, 2)).toEqual(['CHhAvVGS1DHFjwGM9, 10.1.0.1, 42', 'C4J4Th3PJpwUYZZ6gc, 10.2.0.1, 42']);
    expect(lines(vx.stdout)).toHaveLength(8);
    const gn = run('geneve-http.pcap', '-e', 'event geneve_packet(outer: connection, inner: pkt_hdr, vni: count) { print outer$uid, vni; }');
    expect(lines(gn.stdout)[0]).toBe('CHhAvVGS1DHFjwGM9, 77');
  });

  test('a bare run writes no tunnel.log unless base/frameworks/tunnels is loaded', () => {
    const bare = rxbro(['run', '-b', '--deterministic', '-r', join(TRACES, 'ipip-http.pcap')]);
    expect(bare.status).toBe(0);
    expect(() => readFileSync(join(bare.cwd, 'tunnel.log'))).toThrow();
    const loaded = rxbro(['run', '-b', '--deterministic', '-r', join(TRACES, 'ipip-http.pcap'), 'base/frameworks/tunnels']);
    expect(loaded.stderr).toBe('');
    expect(lines(readFileSync(join(loaded.cwd, 'tunnel.log'), 'latin1')).filter((l) => !l.startsWith('#'))).toEqual([
      '1795700000.000000\tCHhAvVGS1DHFjwGM9\t192.0.2.1\t0\t192.0.2.2\t0\tTunnel::IP\tTunnel::DISCOVER',
    ]);
  });
});

describe("Zeek's own traces with tunnels", () => {
  test('core.ip-broken-header, first run (mpls-6in6-broken.pcap): the rows of Baseline mpls-6in6-broken-wierd.log', () => {
    const r = rxbro(['run', '-C', '-b', '--deterministic', '-r', join(BTEST_TRACES, 'trunc', 'mpls-6in6-broken.pcap.gz'), 'base/frameworks/notice']);
    expect(r.stderr).toBe('');
    const rows = logLines(r.cwd, 'weird.log')!;
    const cols = (l: string) => l.split('\t').slice(1).join('\t');
    // 443 rows: 440 invalid_inner_IP_version from the IP-in-IP pre-check, three from the outer IP layer.
    expect(rows).toHaveLength(443);
    expect(rows.filter((l) => l.endsWith('\tinvalid_inner_IP_version\t-\tF\tzeek\tIPINIP'))).toHaveLength(440);
    expect(cols(rows[0])).toBe('-\tb100:7265::6904:2aff\t0\t3bbf:ff00:40:21:ffff:ffff:fffd:f7ff\t0\tinvalid_inner_IP_version\t-\tF\tzeek\tIPINIP');
    expect(cols(rows[9])).toBe('-\t-\t-\t-\t-\tunknown_ip_version\t-\tF\tzeek\tIP');
    expect(rows.slice(84, 88).map(cols)).toEqual([
      '-\tb100:7265:6374:6929::6904:ff\t0\t3bbf:f9fe:ffbf:ffff:0:ff28:fffd:f7ff\t0\tinvalid_inner_IP_version\t-\tF\tzeek\tIPINIP',
      '-\t-\t-\t-\t-\tip_hdr_len_zero\t-\tF\tzeek\tIP',
      '-\t-\t-\t-\t-\tinvalid_IP_header_size\t-\tF\tzeek\tIP',
      '-\tb100:7265:6374:7129:ffff:ffff:ffff:ffff\t0\t3bbf:ff00:40:0:ffff:ffff:fffd:f7ff\t0\tinvalid_inner_IP_version\t-\tF\tzeek\tIPINIP',
    ]);
    expect(cols(rows[442])).toBe('-\t9c00:7265:6374:69d1::6904:ff\t0\t3bbf:ff00:40:0:ffff:ffff:fffd:f7ff\t0\tinvalid_inner_IP_version\t-\tF\tzeek\tIPINIP');
  });

  test('core.truncation (mpls-6in6-6in6-4in6-trunc.pcap): truncated_inner_IP', () => {
    const r = rxbro(['run', '-b', '--deterministic', '-r', join(BTEST_TRACES, 'trunc', 'mpls-6in6-6in6-4in6-trunc.pcap'), 'base/frameworks/notice']);
    const rows = logLines(r.cwd, 'weird.log')!;
    // The baseline's row; it names the source IPTUNNEL, the Zeek that wrote mpls-6in6-broken-wierd.log IPINIP.
    expect(rows.map((l) => l.split('\t').slice(2).join('\t'))).toEqual([
      'b100:7265::6904:2aff\t0\t3bbf:ff00:40:21:ffff:ffff:fffd:f7ff\t0\ttruncated_inner_IP\t-\tF\tzeek\tIPINIP',
    ]);
  });
});

describe('limits and malformed inner packets', () => {
  test('weirds of tunnel-errors.pcap, with _in_tunnel for packets inside a tunnel', () => {
    const { conn, weird } = run('tunnel-errors.pcap');
    expect(weird.map((l) => l.split('\t').slice(6, 8).concat(l.split('\t')[10]).join(' '))).toEqual([
      'exceeded_tunnel_max_depth_in_tunnel - IPINIP',
      'truncated_inner_IP - IPINIP',
      'truncated_IP_len_in_tunnel - IP',
      'unknown_gre_version version=2 GRE',
      'truncated_GRE - GRE',
    ]);
    // The two-level SYN is analysed; the VXLAN packet without its I flag is only the outer connection.
    expect(conn.map((l) => l.split('\t').slice(2, 8).join(' '))).toEqual([
      '10.1.0.1 40002 10.2.0.1 80 tcp -',
      '192.0.2.1 51001 192.0.2.2 4789 udp -',
    ]);
  });

  test('redef Tunnel::max_depth = 1 stops the second level', () => {
    const script = 'redef Tunnel::max_depth = 1; event flow_weird(name: string, src: addr, dst: addr, addl: string) { print name; }';
    const { conn, stdout } = run('tunnel-errors.pcap', '-e', script);
    expect(conn.map((l) => l.split('\t')[2])).toEqual(['192.0.2.1']);
    // weird.log shows the repeated flow weird once; the event comes for both packets.
    expect(lines(stdout).filter((l) => l === 'exceeded_tunnel_max_depth_in_tunnel')).toHaveLength(2);
  });
});
