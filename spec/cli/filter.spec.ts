/**
 * End-to-end: `rxbro run -f '<expr>'` (capture filters, docs/filters.md). A packet the filter
 * rejects never reaches rxbro: no connection, no network-time advance, not counted.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { logRows, rxbro, ZEEK_TRACES } from './cliRun';

const BTEST_TRACES = resolve(ZEEK_TRACES, '..', 'zeek-btest');


/** ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto → "orig_h:orig_p > resp_h:resp_p/proto". */
const flow = (r: string[]): string => `${r[2]}:${r[3]} > ${r[4]}:${r[5]}/${r[6]}`;

describe('rxbro run -f', () => {
  test("-f 'tcp port 80' on http-get: the one HTTP connection, as without the filter", () => {
    const r = rxbro(['run', '--deterministic', '-f', 'tcp port 80', '-r', join(ZEEK_TRACES, 'http-get.pcap')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = logRows(r.cwd, 'conn.log');
    expect(rows.map(flow)).toEqual(['141.142.228.5:59856 > 192.150.187.43:80/tcp']);
    // All 14 packets passed: the same history and counts as the unfiltered run (Zeek's baseline ShADadFf).
    expect(rows[0][15]).toBe('ShADadFf');
  });

  test("-f 'tcp port 80' on wikipedia: exactly the unfiltered run's port-80 TCP rows", () => {
    const all = rxbro(['run', '--deterministic', '-r', join(ZEEK_TRACES, 'wikipedia.pcap')]);
    const only = rxbro(['run', '--deterministic', '--filter', 'tcp port 80', '-r', join(ZEEK_TRACES, 'wikipedia.pcap')]);
    expect(only.status).toBe(0);
    const want = logRows(all.cwd, 'conn.log').filter((r) => r[6] === 'tcp' && (r[3] === '80' || r[5] === '80'));
    const got = logRows(only.cwd, 'conn.log');
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(logRows(all.cwd, 'conn.log').length);
    // uids differ (fewer connections draw from the same sequence); everything from the flow on is equal.
    expect(got.map((r) => r.slice(2))).toEqual(want.map((r) => r.slice(2)));
  });

  test("Zeek's core.pcap.read-trace-with-filter: -f 'port 50000' keeps the one connection of that port", () => {
    const r = rxbro(['run', '--deterministic', '-f', 'port 50000', '-r', join(ZEEK_TRACES, 'wikipedia.pcap')]);
    expect(r.status).toBe(0);
    const rows = logRows(r.cwd, 'conn.log');
    expect(rows).toHaveLength(1);
    // Zeek's baseline: 141.142.220.118 50000 208.80.152.3 80 tcp … 0.229603 1148 734 S1 … ShADad 6 1468 4 950
    expect(rows[0].slice(2, 7)).toEqual(['141.142.220.118', '50000', '208.80.152.3', '80', 'tcp']);
    expect([rows[0][8], rows[0][9], rows[0][10], rows[0][11], rows[0][15]]).toEqual(['0.229603', '1148', '734', 'S1', 'ShADad']);
    expect(rows[0].slice(16, 20)).toEqual(['6', '1468', '4', '950']);
  });

  test('rejected packets are not received and do not move network time', () => {
    const script = 'event zeek_done() { local s = get_net_stats(); print "received", s$pkts_recvd; print "last", network_time(); }';
    const r = rxbro(['run', '-b', '-f', 'icmp[icmptype] = icmp-echo', '-r', join(ZEEK_TRACES, 'icmp-5-pings.pcap'), '-e', script]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // 5 of the 10 packets are requests; the last packet (a reply, 1607454608.018993) was filtered
    // out, so network time stops at the last request.
    expect(r.stdout).toBe('received, 5\nlast, 1607454607.989795\n');
  });

  test('a filter that matches nothing: no connections, exit 0', () => {
    const r = rxbro(['run', '-f', 'not tcp port 80', '-r', join(ZEEK_TRACES, 'http-get.pcap')]);
    expect(r.status).toBe(0);
    expect(existsSync(join(r.cwd, 'conn.log')) ? logRows(r.cwd, 'conn.log') : []).toEqual([]);
  });

  test('a filter that does not compile: exit 1, one line with the column and the text, no conn.log', () => {
    const r = rxbro(['run', '-f', 'tcp prt 80', '-r', join(ZEEK_TRACES, 'http-get.pcap')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("rxbro: Bad pcap filter 'tcp prt 80': syntax error at 'prt' (column 5)\n");
    expect(existsSync(join(r.cwd, 'conn.log'))).toBe(false);
  });

  test("Zeek's core.pcap.filter-error: -f kaputt fails, and no conn.log is written", () => {
    const r = rxbro(['run', '-f', 'kaputt', '-r', join(ZEEK_TRACES, 'http-get.pcap')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("rxbro: Bad pcap filter 'kaputt': syntax error at 'kaputt' (column 1)\n");
    expect(existsSync(join(r.cwd, 'conn.log'))).toBe(false);
  });

  test('a filter the link type cannot have: exit 1 before any log (tcpdump: no VLAN support for Raw IP)', () => {
    const r = rxbro(['run', '-f', 'vlan', '-r', join(BTEST_TRACES, 'tcp', 'payload-syn.pcap')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("rxbro: Bad pcap filter 'vlan': no VLAN support for Raw IP\n");
    expect(existsSync(join(r.cwd, 'conn.log'))).toBe(false);
  });

  test('the default command takes -f too', () => {
    const r = rxbro(['-b', '-f', 'udp', '-r', join(ZEEK_TRACES, 'dhcp.pcap'), '-e', 'event zeek_done() { print get_net_stats()$pkts_recvd; }']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('9\n');
  });
});

describe('Pcap:: filter built-ins', () => {
  test("Zeek's core.pcap.filter-error, second half: precompile_pcap_filter of a bad filter, Pcap::error()", () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-pcap-'));
    writeFileSync(
      join(dir, 'fe.zeek'),
      'redef enum PcapFilterID += { A };\nevent zeek_init()\n\t{\n\tif ( ! Pcap::precompile_pcap_filter(A, "kaputt, too") )\n\t\tprint "error", Pcap::error();\n\t}\n',
    );
    const r = rxbro(['-r', join(ZEEK_TRACES, 'http-get.pcap'), 'fe.zeek'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toBe('error, cannot compile BPF filter "kaputt, too"\n'); // Zeek's baseline line
    expect(existsSync(join(dir, 'conn.log'))).toBe(true);
  });

  test("Zeek's core.pcap.dynamic-filter: install_pcap_filter switches filters from the next packet on", () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-pcap-'));
    writeFileSync(
      join(dir, 'df.zeek'),
      [
        '@load base/protocols/conn',
        '@load base/protocols/http',
        '@load base/protocols/dns',
        'redef enum PcapFilterID += { A, B };',
        'global cnt = 0;',
        'event new_packet(c: connection, p: pkt_hdr)',
        '\t{',
        '\t++cnt;',
        '\tprint cnt, c$id;',
        '\tif ( cnt == 1 ) if ( ! Pcap::install_pcap_filter(A) ) print "error 3";',
        '\tif ( cnt == 2 ) if ( ! Pcap::install_pcap_filter(B) ) print "error 4";',
        '\t}',
        'event zeek_init()',
        '\t{',
        '\tif ( ! Pcap::precompile_pcap_filter(A, "port 80") ) print "error 1";',
        '\tif ( ! Pcap::precompile_pcap_filter(B, "port 53") ) print "error 2";',
        '\t}',
      ].join('\n') + '\n',
    );
    const r = rxbro(['-b', '-C', '--deterministic', '-r', join(ZEEK_TRACES, 'wikipedia.pcap'), 'df.zeek'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Zeek's baseline `output` (rxbro's conn_id also prints its empty `ctx`): the first packet's mDNS
    // flow, then only port 80 (one packet), then only port 53 (14 DNS exchanges, two packets each).
    const dns = [43927, 37676, 40526, 32902, 59816, 59714, 58206, 38911, 59746, 45000, 48479, 48128, 56056, 55092];
    const want = [
      '1, [orig_h=141.142.220.202, orig_p=5353/udp, resp_h=224.0.0.251, resp_p=5353/udp, proto=17]',
      '2, [orig_h=141.142.220.118, orig_p=35634/tcp, resp_h=208.80.152.2, resp_p=80/tcp, proto=6]',
      ...dns.flatMap((p, i) =>
        [3 + 2 * i, 4 + 2 * i].map((n) => `${n}, [orig_h=141.142.220.118, orig_p=${p}/udp, resp_h=141.142.2.2, resp_p=53/udp, proto=17]`),
      ),
    ];
    expect(r.stdout.replace(/, ctx=\[\]/g, '').trimEnd().split('\n')).toEqual(want);
    // conn.log: the baseline's 16 rows (mDNS S0, 14 DNS SF, the HTTP packet OTH).
    const rows = logRows(dir, 'conn.log');
    expect(rows.map((row) => `${flow(row)} ${row[11]} ${row[15]}`).sort()).toEqual(
      [
        '141.142.220.202:5353 > 224.0.0.251:5353/udp S0 D',
        '141.142.220.118:35634 > 208.80.152.2:80/tcp OTH D',
        ...dns.map((p) => `141.142.220.118:${p} > 141.142.2.2:53/udp SF Dd`),
      ].sort(),
    );
  });
});
