/**
 * End-to-end: `rxbro run -f '<expr>'` (capture filters, docs/filters.md). A packet the filter
 * rejects never reaches rxbro: no connection, no network-time advance, not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rxbro, ZEEK_TRACES } from './cliRun';

const BTEST_TRACES = resolve(ZEEK_TRACES, '..', 'zeek-btest');

/** conn.log rows as field arrays (header lines dropped). */
function connRows(cwd: string): string[][] {
  return readFileSync(join(cwd, 'conn.log'), 'latin1')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto → "orig_h:orig_p > resp_h:resp_p/proto". */
const flow = (r: string[]): string => `${r[2]}:${r[3]} > ${r[4]}:${r[5]}/${r[6]}`;

describe('rxbro run -f', () => {
  test("-f 'tcp port 80' on http-get: the one HTTP connection, as without the filter", () => {
    const r = rxbro(['run', '--deterministic', '-f', 'tcp port 80', '-r', join(ZEEK_TRACES, 'http-get.pcap')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = connRows(r.cwd);
    expect(rows.map(flow)).toEqual(['141.142.228.5:59856 > 192.150.187.43:80/tcp']);
    // All 14 packets passed: the same history and counts as the unfiltered run (Zeek's baseline ShADadFf).
    expect(rows[0][15]).toBe('ShADadFf');
  });

  test("-f 'tcp port 80' on wikipedia: exactly the unfiltered run's port-80 TCP rows", () => {
    const all = rxbro(['run', '--deterministic', '-r', join(ZEEK_TRACES, 'wikipedia.pcap')]);
    const only = rxbro(['run', '--deterministic', '--filter', 'tcp port 80', '-r', join(ZEEK_TRACES, 'wikipedia.pcap')]);
    expect(only.status).toBe(0);
    const want = connRows(all.cwd).filter((r) => r[6] === 'tcp' && (r[3] === '80' || r[5] === '80'));
    const got = connRows(only.cwd);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(connRows(all.cwd).length);
    // uids differ (fewer connections draw from the same sequence); everything from the flow on is equal.
    expect(got.map((r) => r.slice(2))).toEqual(want.map((r) => r.slice(2)));
  });

  test("Zeek's core.pcap.read-trace-with-filter: -f 'port 50000' keeps the one connection of that port", () => {
    const r = rxbro(['run', '--deterministic', '-f', 'port 50000', '-r', join(ZEEK_TRACES, 'wikipedia.pcap')]);
    expect(r.status).toBe(0);
    const rows = connRows(r.cwd);
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
    expect(existsSync(join(r.cwd, 'conn.log')) ? connRows(r.cwd) : []).toEqual([]);
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
