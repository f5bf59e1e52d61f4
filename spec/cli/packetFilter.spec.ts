/**
 * End-to-end: Zeek's PacketFilter framework (base/frameworks/packet-filter, docs/filters.md):
 * packet_filter.log, the capture_filters/restrict_filters redefs, -f, exclude/exclude_for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { logRows, rxbro, ZEEK_TRACES } from './cliRun';

const HTTP_GET = join(ZEEK_TRACES, 'http-get.pcap');
const WIKIPEDIA = join(ZEEK_TRACES, 'wikipedia.pcap');


/** packet_filter.log rows without the (wall-clock) ts. */
const filterRows = (cwd: string): string[][] => logRows(cwd, 'packet_filter.log').map((r) => r.slice(1));

describe('PacketFilter framework', () => {
  test("a default run writes packet_filter.log: Zeek's header and one start-up row with 'ip or not ip'", () => {
    const before = Date.now() / 1000;
    const r = rxbro(['run', '-r', HTTP_GET]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readFileSync(join(r.cwd, 'packet_filter.log'), 'latin1');
    const header = text.split('\n').filter((l) => l.startsWith('#') && !/^#(open|close)/.test(l));
    expect(header).toEqual([
      '#separator \\x09',
      '#set_separator\t,',
      '#empty_field\t(empty)',
      '#unset_field\t-',
      '#path\tpacket_filter',
      '#fields\tts\tnode\tfilter\tinit\tsuccess\tfailure_reason',
      '#types\ttime\tstring\tstring\tbool\tbool\tstring',
    ]);
    const [row] = logRows(r.cwd, 'packet_filter.log');
    expect(row.slice(1)).toEqual(['zeek', 'ip or not ip', 'T', 'T', '-']);
    // Installed before the first packet: stamped with the wall clock, as Zeek does.
    expect(Number(row[0])).toBeGreaterThanOrEqual(Math.floor(before));
    expect(Number(row[0])).toBeLessThan(before + 120);
    // The default filter passes everything: the same connection as ever.
    expect(logRows(r.cwd, 'conn.log').map((c) => c[15])).toEqual(['ShADadFf']);
  });

  test("-f is what gets logged (Zeek's core.pcap.read-trace-with-filter baseline: 'port 50000', T, T)", () => {
    const r = rxbro(['run', '--deterministic', '-f', 'port 50000', '-r', WIKIPEDIA]);
    expect(r.status).toBe(0);
    expect(filterRows(r.cwd)).toEqual([['zeek', 'port 50000', 'T', 'T', '-']]);
    expect(logRows(r.cwd, 'conn.log')).toHaveLength(1);
    // A backslash reaches the filter as typed (the ASCII writer escapes it as \x5c, as Zeek's does).
    const esc = rxbro(['run', '-f', 'ip proto \\tcp and not host 10.0.0.1', '-r', HTTP_GET]);
    expect(esc.stderr).toBe('');
    expect(filterRows(esc.cwd)[0][1]).toBe('ip proto \\x5ctcp and not host 10.0.0.1');
  });

  test('bare runs write it only when they load base/frameworks/packet-filter; runs without a trace never', () => {
    const bare = rxbro(['run', '-b', '-r', HTTP_GET]);
    expect(existsSync(join(bare.cwd, 'packet_filter.log'))).toBe(false);
    const loaded = rxbro(['run', '-b', '-e', '@load base/frameworks/packet-filter', '-r', HTTP_GET]);
    expect(loaded.stderr).toBe('');
    expect(filterRows(loaded.cwd)).toEqual([['zeek', 'ip or not ip', 'T', 'T', '-']]);
    const noTrace = rxbro(['run', '-e', 'event zeek_done() { print PacketFilter::current_filter, PacketFilter::Dropped_Packets; }']);
    expect(noTrace.stdout).toBe('ip or not ip, PacketFilter::Dropped_Packets\n');
    expect(existsSync(join(noTrace.cwd, 'packet_filter.log'))).toBe(false);
  });

  test('capture_filters are ORed, restrict_filters ANDed, as Zeek builds them, and they filter like -f', () => {
    const redefs =
      'redef capture_filters += { ["http"] = "tcp port 80", ["dns"] = "udp port 53" }; ' +
      'redef restrict_filters += { ["not-one"] = "not host 208.80.152.2" };';
    const r = rxbro(['run', '--deterministic', '-e', redefs, '-r', WIKIPEDIA]);
    expect(r.stderr).toBe('');
    const built = '((tcp port 80) or (udp port 53)) and (not host 208.80.152.2)';
    expect(filterRows(r.cwd)).toEqual([['zeek', built, 'T', 'T', '-']]);
    const viaF = rxbro(['run', '--deterministic', '-f', built, '-r', WIKIPEDIA]);
    const conns = logRows(r.cwd, 'conn.log');
    expect(conns.length).toBeGreaterThan(0);
    expect(conns.every((c) => ['80', '53'].includes(c[5]) && c[4] !== '208.80.152.2')).toBe(true);
    expect(conns).toEqual(logRows(viaF.cwd, 'conn.log'));
    // unrestricted_filter is ORed in front, restricted_filter ANDed in front.
    const wrapped = rxbro(['run', '-e', 'redef PacketFilter::unrestricted_filter = "icmp"; redef PacketFilter::restricted_filter = "ip";', '-r', HTTP_GET]);
    expect(filterRows(wrapped.cwd)[0][1]).toBe('(ip) and ((icmp) or (ip or not ip))');
  });

  test("a capture filter that does not compile is Zeek's fatal error naming it", () => {
    const r = rxbro(['run', '-e', 'redef capture_filters += { ["bad"] = "tcp prt 80" };', '-r', HTTP_GET]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^fatal error in .*packet-filter\/main\.bro, line \d+: Invalid capture_filter named 'bad' - 'tcp prt 80'\n$/);
    expect(existsSync(join(r.cwd, 'conn.log'))).toBe(false);
    const rf = rxbro(['run', '-e', 'redef restrict_filters += { ["r"] = "kaputt" };', '-r', HTTP_GET]);
    expect(rf.status).toBe(1);
    expect(rf.stderr).toContain("Invalid restrict filter named 'r' - 'kaputt'");
  });

  test('exclude_for at run time: a row per change (init F, network time), the traffic gone meanwhile', () => {
    const script = `
global done = F;
event new_connection(c: connection)
	{
	if ( done ) return;
	done = T;
	print PacketFilter::exclude_for("nohttp", "tcp port 80", 2secs), PacketFilter::exclude("bad", "kaputt");
	}`;
    const r = rxbro(['run', '--deterministic', '-e', script, '-r', WIKIPEDIA]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('T, F\n');
    const log = logRows(r.cwd, 'packet_filter.log');
    expect(log.map((x) => x.slice(1))).toEqual([
      ['zeek', 'ip or not ip', 'T', 'T', '-'],
      ['zeek', '(ip or not ip) and (not (tcp port 80))', 'F', 'T', '-'],
      ['zeek', 'ip or not ip', 'F', 'T', '-'],
    ]);
    const [, on, off] = log.map((x) => Number(x[0]));
    expect(off - on).toBeGreaterThanOrEqual(2);
    // No port-80 connection starts while the exclusion is in force.
    const http = logRows(r.cwd, 'conn.log').filter((c) => c[5] === '80').map((c) => Number(c[0]));
    expect(http.length).toBeGreaterThan(0);
    expect(http.every((ts) => ts < on || ts >= off)).toBe(true);
  });

  test("a built filter that does not compile: fatal at start-up, later Zeek's warning, notices and a failed row", () => {
    const init = rxbro(['run', '-e', 'redef PacketFilter::unrestricted_filter = "kaputt";', '-r', HTTP_GET]);
    expect(init.status).toBe(1);
    expect(init.stderr).toMatch(/^fatal error in .*main\.bro, line \d+: Bad pcap filter '\(kaputt\) or \(ip or not ip\)': syntax error at 'kaputt' \(column 2\)\n$/);
    const script = `
global done = F;
event new_connection(c: connection)
	{
	if ( done ) return;
	done = T;
	capture_filters["x"] = "tcp prt 80";
	print PacketFilter::install();
	}`;
    const late = rxbro(['run', '--deterministic', '-e', script, '-r', WIKIPEDIA]);
    expect(late.status).toBe(0);
    expect(late.stderr).toMatch(/warning in .*main\.bro, line \d+: Bad pcap filter 'tcp prt 80': syntax error at 'prt' \(column 5\)\n$/);
    expect(filterRows(late.cwd)[1]).toEqual(['zeek', 'tcp prt 80', 'F', 'F', "syntax error at 'prt' (column 5)"]);
    expect(logRows(late.cwd, 'notice.log').map((n) => n[10])).toEqual(['PacketFilter::Compile_Failure', 'PacketFilter::Install_Failure']);
    // The filter in force stays the old one: every connection is still there.
    expect(logRows(late.cwd, 'conn.log')).toHaveLength(34);
  });
});
