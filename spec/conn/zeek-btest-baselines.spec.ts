import * as path from 'path';
import { formatConnLogTsv, CONN_LOG_FIELDS } from '../../src/conn/connLog';
import { fmtId, Recorder } from './recorder';
import { runTraceConnLog } from './runTrace';
import { replayConfig, ZEEK_TRACES } from './zeekRun';
import type { Weird } from '../../src/packet/Weird';
import type { Connection, Endpoint } from '../../src/conn/records';
import type { IcmpContext, IcmpInfo, PktHdr } from '../../src/conn/events';
import { formatPort, Port } from '../../src/runtime/port';

/**
 * The connection-level outputs of Zeek's btest suite for the traces in
 * ../shared/traces/zeek-btest (whose outputs were not copied next to them).
 * Every expectation below is data read from the public Zeek repository,
 * testing/btest/Baseline/<test>/<file>; each case names its test and file and
 * the command line the test runs Zeek with (`@TEST-EXEC`).
 *
 * Where a baseline predates a rendering change the facts are kept and the
 * rendering is today's: `conn_id` prints `proto` and `ctx` in Zeek 9 (as in
 * the baselines copied to ../shared/traces/zeek), and masked `ts` values are
 * compared only where the baseline keeps them.
 */
const BTEST = path.resolve(ZEEK_TRACES, '../zeek-btest');
const trace = (p: string) => path.join(BTEST, p);

/** conn.log columns compared, as in zeek-conn-log.spec.ts (uid, service, local_* excluded). */
const COMPARED = [
  'ts', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'proto', 'duration', 'orig_bytes', 'resp_bytes',
  'conn_state', 'missed_bytes', 'history', 'orig_pkts', 'orig_ip_bytes', 'resp_pkts', 'resp_ip_bytes',
];
const NO_TS = COMPARED.filter((c) => c !== 'ts');

async function connRows(file: string, zeekRun: string, columns: string[]): Promise<string[]> {
  const rows = await runTraceConnLog(trace(file), replayConfig(zeekRun));
  const ours = CONN_LOG_FIELDS.map((f) => f[0] as string);
  return rows
    .map((r) => formatConnLogTsv(r).split('\t'))
    .map((r) => columns.map((c) => r[ours.indexOf(c)]).join('\t'))
    .sort();
}

/** Weirds as weird.log would list them: name, then the connection or the flow addresses. */
async function weirds(file: string, zeekRun: string, kinds: Weird['kind'][] = ['net', 'flow', 'conn']): Promise<string[]> {
  const out: string[] = [];
  const onWeird = (w: Weird, c?: Connection) => {
    if (!kinds.includes(w.kind)) return;
    if (w.kind === 'conn' && c) out.push(`${w.name} ${c.id.orig_h} ${c.id.orig_p & 0xffff} ${c.id.resp_h} ${c.id.resp_p & 0xffff}`);
    else if (w.kind === 'flow') out.push(`${w.name} ${w.src} ${w.dst}`);
    else out.push(w.name);
  };
  await runTraceConnLog(trace(file), replayConfig(zeekRun), undefined, undefined, onWeird);
  return out;
}

describe('conn.log baselines of Zeek btest cases on the btest traces', () => {
  const cases: { test: string; file: string; zeekRun: string; columns: string[]; rows: string[] }[] = [
    {
      // core.mpls-in-vlan/conn.log; `zeek -C -r mpls-in-vlan.pcap` (default scripts). ts kept.
      test: 'core.mpls-in-vlan',
      file: 'mpls-in-vlan.pcap',
      zeekRun: 'zeek -C',
      columns: COMPARED,
      rows: [
        '1371685686.536606\t65.65.65.65\t19244\t65.65.65.65\t80\ttcp\t-\t-\t-\tOTH\t0\tD\t1\t257\t0\t0',
        '1371686961.156859\t65.65.65.65\t32828\t65.65.65.65\t80\ttcp\t-\t-\t-\tOTH\t0\t^d\t0\t0\t1\t1500',
        '1371686961.479321\t65.65.65.65\t61193\t65.65.65.65\t80\ttcp\t-\t-\t-\tOTH\t0\tD\t1\t710\t0\t0',
      ],
    },
    {
      // core.history-flip/conn.log; `zeek -b -C` + base/protocols/http (+ mac-logging). ts masked.
      test: 'core.history-flip',
      file: 'tcp/missing-syn.pcap',
      zeekRun: 'zeek -b -C; base/protocols/http',
      columns: NO_TS,
      rows: ['141.42.64.125\t56730\t125.190.109.199\t80\ttcp\t1.550793\t98\t9417\tSF\t0\t^hADdFaf\t11\t670\t10\t9945'],
    },
    {
      // core.checksums_ignore_nets/conn-failed.log; `zeek -b` + base/protocols/conn, checksums verified.
      // No likely server port in bare mode, so the SYN-ACK's sender stays the originator.
      test: 'core.checksums_ignore_nets (conn-failed.log)',
      file: 'chksums/localhost-bad-chksum.pcap',
      zeekRun: 'zeek -b; base/protocols/conn',
      columns: NO_TS,
      rows: [
        '192.168.1.28\t53246\t35.221.46.9\t80\ttcp\t-\t-\t-\tOTH\t0\tC\t0\t0\t0\t0',
        '35.221.46.9\t80\t192.168.1.28\t53246\ttcp\t0.063810\t432\t0\tSH\t0\tHcADF\t4\t604\t0\t0',
      ].sort(),
    },
  ];

  it.each(cases.map((c) => [c.test, c] as const))('%s', async (_name, c) => {
    expect(await connRows(c.file, c.zeekRun, c.columns)).toEqual(c.rows);
  });
});

describe('event baselines of Zeek btest cases on the btest traces', () => {
  it('core.tcp.rst-after-syn/.stdout: endpoint records at connection_state_remove (tcp/rst-inject-rae.pcap, zeek -b)', async () => {
    const ep = (e: Endpoint) => `[size=${e.size}, state=${e.state}, num_pkts=${e.num_pkts}, num_bytes_ip=${e.num_bytes_ip}, flow_label=${e.flow_label}, l2_addr=${e.l2_addr}]`;
    const rec = new Recorder(new Set(['connection_state_remove']), (_n, a) => {
      const c = a[0] as Connection;
      return [fmtId(c.id), `orig:, ${ep(c.orig)}`, `resp:, ${ep(c.resp)}`].join('\n');
    });
    await runTraceConnLog(trace('tcp/rst-inject-rae.pcap'), replayConfig('zeek -b'), rec);
    // The injected RST must not seed the responder's sequence space: its size stays 0.
    expect(rec.log.join('\n').split('\n')).toEqual([
      '[orig_h=1.2.0.2, orig_p=2527/tcp, resp_h=1.2.0.3, resp_p=6649/tcp, proto=6, ctx=[]]',
      'orig:, [size=175, state=1, num_pkts=4, num_bytes_ip=395, flow_label=0, l2_addr=00:15:17:0b:7c:61]',
      'resp:, [size=0, state=6, num_pkts=5, num_bytes_ip=236, flow_label=0, l2_addr=00:00:00:00:00:04]',
    ]);
  });

  it('core.ipv6-atomic-frag/output: new_connection ids to port 80 (ipv6-http-atomic-frag.pcap, zeek default scripts)', async () => {
    const rec = new Recorder(new Set(['new_connection']), (_n, a) => fmtId((a[0] as Connection).id));
    await runTraceConnLog(trace('ipv6-http-atomic-frag.pcap'), replayConfig('zeek'), rec);
    expect(rec.log.filter((l) => l.includes('resp_p=80/tcp'))).toEqual([
      '[orig_h=2001:db8:1::2, orig_p=36951/tcp, resp_h=2001:db8:1::1, resp_p=80/tcp, proto=6, ctx=[]]',
      '[orig_h=2001:db8:1::2, orig_p=59694/tcp, resp_h=2001:db8:1::1, resp_p=80/tcp, proto=6, ctx=[]]',
      '[orig_h=2001:db8:1::2, orig_p=27393/tcp, resp_h=2001:db8:1::1, resp_p=80/tcp, proto=6, ctx=[]]',
      '[orig_h=2001:db8:1::2, orig_p=45805/tcp, resp_h=2001:db8:1::1, resp_p=80/tcp, proto=6, ctx=[]]',
    ]);
  });

  it('core.icmp.icmp-events/output: icmp_time_exceeded with its context (icmp/icmp-timeexceeded.pcap, zeek -b)', async () => {
    const b = (v: boolean) => (v ? 'T' : 'F');
    const rec = new Recorder(new Set(['icmp_time_exceeded']), (_n, a) => {
      const i = a[1] as IcmpInfo;
      const x = a[3] as IcmpContext;
      return [
        `icmp_time_exceeded (code=${a[2]})`,
        `  conn_id: ${fmtId((a[0] as Connection).id)}`,
        `  icmp_info: [v6=${b(i.v6)}, itype=${i.itype}, icode=${i.icode}, len=${i.len}, ttl=${i.ttl}]`,
        `  icmp_context: [id=${fmtId(x.id)}, len=${x.len}, proto=${x.proto}, frag_offset=${x.frag_offset}, bad_hdr_len=${b(x.bad_hdr_len)}, bad_checksum=${b(x.bad_checksum)}, MF=${b(x.MF)}, DF=${b(x.DF)}]`,
      ].join('\n');
    });
    await runTraceConnLog(trace('icmp/icmp-timeexceeded.pcap'), replayConfig('zeek -b'), rec);
    // Same facts as the baseline (its older rendering calls icmp_info icmp_conn and ttl hlim);
    // the context's conn_id carries proto=1 like the icmp_unreachable case in zeek-events.spec.ts.
    expect(rec.log.join('\n').split('\n')).toEqual([
      'icmp_time_exceeded (code=0)',
      '  conn_id: [orig_h=10.0.0.1, orig_p=11/icmp, resp_h=10.0.0.2, resp_p=0/icmp, proto=1, ctx=[]]',
      '  icmp_info: [v6=F, itype=11, icode=0, len=32, ttl=64]',
      '  icmp_context: [id=[orig_h=10.0.0.2, orig_p=30000/udp, resp_h=10.0.0.1, resp_p=13000/udp, proto=1, ctx=[]], len=32, proto=2, frag_offset=0, bad_hdr_len=F, bad_checksum=F, MF=F, DF=F]',
    ]);
  });

  it('core.ipv6-frag/output: new_packet pkt_hdr of the UDP packets, fragments reassembled (ipv6-fragmented-dns.pcap, zeek -b + dns)', async () => {
    const rec = new Recorder(new Set(['new_packet']), (_n, a) => {
      const p = a[1] as PktHdr;
      if (!p.ip6 || !p.udp) return '';
      const i = p.ip6;
      const u = p.udp;
      return `ip6=[class=${i.class}, flow=${i.flow}, len=${i.len}, nxt=${i.nxt}, hlim=${i.hlim}, src=${i.src}, dst=${i.dst}], udp = [sport=${formatPort(u.sport as Port)}, dport=${formatPort(u.dport as Port)}, ulen=${u.ulen}]`;
    });
    await runTraceConnLog(trace('ipv6-fragmented-dns.pcap'), replayConfig('zeek -b; base/protocols/dns'), rec);
    // The baseline's ip6_hdr also prints `exts=[]` (no extension headers left after reassembly);
    // that part is checked through bin/rxbro in spec/conn/ip6-exts-e2e.spec.ts.
    const a = '2001:470:1f11:81f:d138:5f55:6d4:1fe2';
    const b = '2607:f740:b::f93';
    expect(rec.log.filter((l) => l !== '')).toEqual([
      `ip6=[class=0, flow=0, len=81, nxt=17, hlim=64, src=${a}, dst=${b}], udp = [sport=51850/udp, dport=53/udp, ulen=81]`,
      `ip6=[class=0, flow=0, len=331, nxt=17, hlim=53, src=${b}, dst=${a}], udp = [sport=53/udp, dport=51850/udp, ulen=331]`,
      `ip6=[class=0, flow=0, len=82, nxt=17, hlim=64, src=${a}, dst=${b}], udp = [sport=51851/udp, dport=53/udp, ulen=82]`,
      `ip6=[class=0, flow=0, len=82, nxt=17, hlim=64, src=${a}, dst=${b}], udp = [sport=51851/udp, dport=53/udp, ulen=82]`,
      `ip6=[class=0, flow=0, len=3238, nxt=17, hlim=53, src=${b}, dst=${a}], udp = [sport=53/udp, dport=51851/udp, ulen=3238]`,
    ]);
  });

  it('core.conn-uid/output: new_connection + connection_established ids and uid pairing (wikipedia.pcap, zeek -b -C + http)', async () => {
    const rec = new Recorder(new Set(['new_connection', 'connection_established']), (_n, a) => {
      const c = a[0] as Connection;
      return `${fmtId(c.id)}|${c.uid}`;
    });
    await runTraceConnLog(trace('wikipedia.pcap'), replayConfig('zeek -b -C; base/protocols/http'), rec);
    const ids = rec.log.map((l) => l.split('|')[0].replace(/, proto=\d+, ctx=\[\]\]$/, ']'));
    // The baseline's uids come from an older seed; the order of the ids and which
    // lines share a uid (new_connection, then connection_established) are compared.
    const firstSeen = new Map<string, number>();
    const uidShape = rec.log.map((l) => {
      const uid = l.split('|')[1];
      if (!firstSeen.has(uid)) firstSeen.set(uid, firstSeen.size);
      return firstSeen.get(uid);
    });
    const u = (o: string, op: number, r: string, rp: number, p: string) => `[orig_h=${o}, orig_p=${op}/${p}, resp_h=${r}, resp_p=${rp}/${p}]`;
    const wp = (op: number, r = '208.80.152.3') => u('141.142.220.118', op, r, 80, 'tcp');
    const dns = (op: number) => u('141.142.220.118', op, '141.142.2.2', 53, 'udp');
    expect(ids).toEqual([
      u('141.142.220.202', 5353, '224.0.0.251', 5353, 'udp'),
      u('fe80::217:f2ff:fed7:cf65', 5353, 'ff02::fb', 5353, 'udp'),
      u('141.142.220.50', 5353, '224.0.0.251', 5353, 'udp'),
      wp(35634, '208.80.152.2'), wp(48649, '208.80.152.118'), wp(48649, '208.80.152.118'),
      dns(43927), dns(37676), dns(40526), wp(49996), wp(49997), dns(32902), dns(59816), dns(59714), wp(49998),
      dns(58206), dns(38911), dns(59746), wp(49999), wp(50000), dns(45000), dns(48479), dns(48128), wp(50001),
      dns(56056), dns(55092), wp(35642, '208.80.152.2'),
      wp(49997), wp(49996), wp(49998), wp(50000), wp(49999), wp(50001), wp(35642, '208.80.152.2'),
      u('141.142.220.235', 6705, '173.192.163.128', 80, 'tcp'), u('141.142.220.235', 6705, '173.192.163.128', 80, 'tcp'),
      u('141.142.220.44', 5353, '224.0.0.251', 5353, 'udp'),
      u('141.142.220.226', 137, '141.142.220.255', 137, 'udp'),
      u('fe80::3074:17d5:2052:c324', 65373, 'ff02::1:3', 5355, 'udp'),
      u('141.142.220.226', 55131, '224.0.0.252', 5355, 'udp'),
      u('fe80::3074:17d5:2052:c324', 54213, 'ff02::1:3', 5355, 'udp'),
      u('141.142.220.226', 55671, '224.0.0.252', 5355, 'udp'),
      u('141.142.220.238', 56641, '141.142.220.255', 137, 'udp'),
    ]);
    // Lines 6, 28-34 and 36 are connection_established of connections created earlier.
    expect(uidShape).toEqual([
      0, 1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
      9, 8, 13, 18, 17, 22, 25, 26, 26, 27, 28, 29, 30, 31, 32, 33,
    ]);
  });
});

describe('weird baselines of Zeek btest cases on the btest traces', () => {
  // core.checksums/bad.out: weird.log of `zeek -r <trace>` (default scripts, checksums verified), one run per trace.
  // routing0_hdr is listed without addresses in the stored baseline (an older weird.log); it is a flow weird today.
  const bad: [string, string[]][] = [
    ['ip4-bad-chksum.pcap', ['bad_IP_checksum 127.0.0.1 127.0.0.1']],
    ['ip4-tcp-bad-chksum.pcap', ['bad_TCP_checksum 127.0.0.1 30000 127.0.0.1 80']],
    ['ip4-udp-bad-chksum.pcap', ['bad_UDP_checksum 127.0.0.1 30000 127.0.0.1 13000']],
    ['ip4-icmp-bad-chksum.pcap', ['bad_ICMP_checksum 192.168.1.100 8 192.168.1.101 0']],
    ['ip6-route0-tcp-bad-chksum.pcap', ['routing0_hdr', 'bad_TCP_checksum 2001:4f8:4:7:2e0:81ff:fe52:ffff 30000 2001:78:1:32::2 80']],
    ['ip6-route0-udp-bad-chksum.pcap', ['routing0_hdr', 'bad_UDP_checksum 2001:4f8:4:7:2e0:81ff:fe52:ffff 30000 2001:78:1:32::2 13000']],
    ['ip6-route0-icmp6-bad-chksum.pcap', ['routing0_hdr', 'bad_ICMP_checksum 2001:4f8:4:7:2e0:81ff:fe52:ffff 128 2001:78:1:32::1 129']],
    ['ip6-tcp-bad-chksum.pcap', ['bad_TCP_checksum 2001:4f8:4:7:2e0:81ff:fe52:ffff 30000 2001:4f8:4:7:2e0:81ff:fe52:9a6b 80']],
    ['ip6-udp-bad-chksum.pcap', ['bad_UDP_checksum 2001:4f8:4:7:2e0:81ff:fe52:ffff 30000 2001:4f8:4:7:2e0:81ff:fe52:9a6b 13000']],
    ['ip6-icmp6-bad-chksum.pcap', ['bad_ICMP_checksum 2001:4f8:4:7:2e0:81ff:fe52:ffff 128 2001:4f8:4:7:2e0:81ff:fe52:9a6b 129']],
    // core.checksums/good.out: the good traces give no weird.log except routing0_hdr for the route0 ones.
    ['ip4-tcp-good-chksum.pcap', []],
    ['ip4-udp-good-chksum.pcap', []],
    ['ip4-icmp-good-chksum.pcap', []],
    ['ip6-route0-tcp-good-chksum.pcap', ['routing0_hdr']],
    ['ip6-route0-udp-good-chksum.pcap', ['routing0_hdr']],
    ['ip6-route0-icmp6-good-chksum.pcap', ['routing0_hdr']],
    ['ip6-tcp-good-chksum.pcap', []],
    ['ip6-udp-good-chksum.pcap', []],
    ['ip6-icmp6-good-chksum.pcap', []],
  ];
  it.each(bad)('core.checksums: chksums/%s', async (file, want) => {
    const got = (await weirds(`chksums/${file}`, 'zeek')).map((w) => (w.startsWith('routing0_hdr ') ? 'routing0_hdr' : w));
    expect(got).toEqual(want);
  });

  // core.reassembly/output: flow_weird/net_weird printed by `zeek -C -r <trace>` (default scripts).
  // fragmented-1's baseline ends with a dns_unmatched_msg flow weird from the DNS analyzer (not the connection layer).
  // The test has no conn_weird handler, so conn weirds are left out here.
  const frags: [string, string[]][] = [
    ['fragmented-1.pcap', ['excessively_small_fragment', 'fragment_size_inconsistency', 'fragment_inconsistency', 'fragment_inconsistency']],
    ['fragmented-2.pcap', ['excessively_small_fragment', 'excessively_small_fragment', 'fragment_overlap']],
    ['fragmented-3.pcap', Array(5).fill('fragment_with_DF')],
    ['fragmented-4.pcap', ['excessively_small_fragment', 'excessively_small_fragment', 'fragment_inconsistency']],
  ];
  const flows: Record<string, string> = {
    'fragmented-1.pcap': '164.1.123.163 164.1.123.61',
    'fragmented-2.pcap': '164.1.123.163 164.1.123.61',
    'fragmented-3.pcap': '210.54.213.247 131.243.1.10',
    'fragmented-4.pcap': '128.32.46.142 10.0.0.1',
  };
  it.each(frags)('core.reassembly: ipv4/%s', async (file, names) => {
    expect(await weirds(`ipv4/${file}`, 'zeek -C', ['net', 'flow'])).toEqual(names.map((n) => `${n} ${flows[file]}`));
  });

  // core.truncation/output: weird.log names per trace (`zeek -r`, -C where the test gives it).
  const trunc: [string, string, string[]][] = [
    ['trunc/ip4-trunc.pcap', 'zeek', ['truncated_IP']],
    ['trunc/ip6-trunc.pcap', 'zeek', ['truncated_IP']],
    ['trunc/icmp-payload-trunc.pcap', 'zeek', []],
    ['trunc/icmp-header-trunc.pcap', 'zeek', ['internally_truncated_header 10.0.0.1 192.0.43.10', 'internally_truncated_header 192.0.43.10 10.0.0.1']],
    ['trunc/trunc-hdr.pcap', 'zeek', ['truncated_ethernet_frame']],
    ['trunc/ipv4-truncated-broken-header.pcap', 'zeek -C', ['invalid_IP_header_size']],
    ['trunc/ipv4-internally-truncated-header.pcap', 'zeek -C', ['internally_truncated_header']],
  ];
  it.each(trunc)('core.truncation: %s', async (file, zeekRun, want) => {
    // Only the ICMP case is compared with addresses: which IP-layer weirds carry them changed across Zeek versions.
    const got = await weirds(file, zeekRun);
    expect(file.includes('icmp-header') ? got : got.map((w) => w.split(' ')[0])).toEqual(want);
  });
});
