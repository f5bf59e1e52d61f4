/**
 * End-to-end: `bin/rxbro run` on real traces, bad files and scripts, compared with what Zeek wrote
 * (`../shared/traces/zeek/*.conn.log`).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, rxbro, ZEEK_TRACES } from './cliRun';

const TRACE_EXT = /\.(pcap|pcapng|cap)(\.gz)?$/;

describe('rxbro run without scripts', () => {
  test.each(readdirSync(ZEEK_TRACES).filter((f) => TRACE_EXT.test(f)))('reads and decodes %s, exit 0', (trace) => {
    const r = rxbro(['run', '-b', '-r', join(ZEEK_TRACES, trace)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(r.cwd, 'conn.log'))).toBe(false); // bare mode writes no logs
  });

  test('a file that is not a trace: exit 1 and one line naming it', () => {
    const r = rxbro(['run', '-r', join(REPO, 'package.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^rxbro: .*package\.json: not a pcap or pcapng file \(magic 0x[0-9a-f]+\)\n$/);
  });

  test('a missing file: exit 1 and one line', () => {
    const r = rxbro(['run', '-r', '/nonexistent/x.pcap']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('rxbro: /nonexistent/x.pcap: cannot open (no such file or directory)\n');
  });

  test('a truncated trace: every whole packet processed, one warning with the byte offset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-trunc-'));
    const whole = readFileSync(join(ZEEK_TRACES, 'http-get.pcap'));
    writeFileSync(join(dir, 'cut.pcap'), whole.subarray(0, whole.length - 100));
    const r = rxbro(['run', '-b', '-r', 'cut.pcap', '-e', 'global n = 0; event new_packet(c: connection, p: pkt_hdr) { ++n; } event zeek_done() { print n; }'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('12\n'); // the 13th record is the one cut
    expect(r.stderr).toMatch(/^warning: cut\.pcap: truncated record at byte \d+ .*\n$/);
  });

  test('the default run writes conn.log in Zeek format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-log-'));
    copyFileSync(join(ZEEK_TRACES, 'http-get.pcap'), join(dir, 'http-get.pcap'));
    const r = rxbro(['run', '-r', 'http-get.pcap'], { cwd: dir });
    expect(r.status).toBe(0);
    const log = readFileSync(join(dir, 'conn.log'), 'latin1').split('\n');
    expect(log[0]).toBe('#separator \\x09');
    expect(log.find((l) => l.startsWith('#fields'))).toContain('\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\t');
    const rows = log.filter((l) => l && !l.startsWith('#'));
    expect(rows).toHaveLength(1);
    expect(rows[0].split('\t').slice(2, 7)).toEqual(['141.142.228.5', '59856', '192.150.187.43', '80', 'tcp']);
  });
});

describe('weird.log', () => {
  test("ip-bogus-header-len with -C: the rows of Zeek's weird.log baseline (core.ip-broken-header)", () => {
    const r = rxbro(['run', '-C', '-r', join(ZEEK_TRACES, 'ip-bogus-header-len.pcap')]);
    expect(r.status).toBe(0);
    const rows = (file: string) =>
      readFileSync(file, 'latin1').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.replace(/^\d+\.\d{6}/, 'XXXXXXXXXX.XXXXXX'));
    const fieldsOf = (file: string) => readFileSync(file, 'latin1').split('\n').find((l) => l.startsWith('#fields'));
    expect(fieldsOf(join(r.cwd, 'weird.log'))).toBe(fieldsOf(join(ZEEK_TRACES, 'ip-bogus-header-len.weird.log')));
    expect(rows(join(r.cwd, 'weird.log'))).toEqual(rows(join(ZEEK_TRACES, 'ip-bogus-header-len.weird.log')));
  });

  test('bare mode writes no weird.log', () => {
    const r = rxbro(['run', '-b', '-r', join(ZEEK_TRACES, 'tcp-syn-bad.pcap')]);
    expect(existsSync(join(r.cwd, 'weird.log'))).toBe(false);
  });
});

describe('rxbro run with scripts', () => {
  function zeekStateCounts(connLog: string): Map<string, number> {
    const lines = readFileSync(join(ZEEK_TRACES, connLog), 'latin1').split('\n');
    const fields = (lines.find((l) => l.startsWith('#fields')) ?? lines[0]).replace(/^#fields\t/, '').split(/\t| /);
    const col = fields.indexOf('conn_state');
    const counts = new Map<string, number>();
    for (const l of lines) {
      if (!l || l.startsWith('#') || l === lines[0]) continue;
      const s = l.split(/\t| /)[col];
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    return counts;
  }

  test.each(['wikipedia', 'pop3', 'ssh', 'ftp-ipv4', 'dhcp'])('connection states of %s match Zeek', (name) => {
    const script = join(REPO, 'policy', 'examples', 'conn-states.bro');
    const r = rxbro(['run', script, '-C', '-r', join(ZEEK_TRACES, `${name}.pcap`)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ours = new Map(r.stdout.trim().split('\n').map((l) => [l.split(' ')[0], Number(l.split(' ')[1])] as [string, number]));
    expect(ours).toEqual(zeekStateCounts(`${name}.conn.log`));
  });

  test('a script error names file:line:col and shows the line; exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-bad-'));
    writeFileSync(join(dir, 'bad.bro'), 'event zeek_init()\n\t{\n\tprint 1 + ;\n\t}\n');
    const r = rxbro(['run', 'bad.bro'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe("bad.bro:3:12: error: syntax error: unexpected ';'");
    expect(r.stderr.split('\n')[1]).toBe('\tprint 1 + ;');
  });

  test('bro_init/bro_done and zeek_init/zeek_done are one event; .bro and .zeek both load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-alias-'));
    writeFileSync(join(dir, 'a.bro'), '@load b\nevent bro_init() &priority=-1 { print "bro_init"; }\nevent zeek_done() { print "zeek_done"; }\n');
    writeFileSync(join(dir, 'b.zeek'), 'event zeek_init() { print "zeek_init"; }\nevent bro_done() { print "bro_done"; }\n');
    const r = rxbro(['run', '-b', 'a.bro'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('zeek_init\nbro_init\nbro_done\nzeek_done\n');
  });
});

describe("weird.log applies Zeek's Weird::actions (weird.zeek)", () => {
  /** weird.log rows without the random uid (checked to be a uid or unset). */
  const weirdRows = (cwd: string): string[][] =>
    readFileSync(join(cwd, 'weird.log'), 'latin1').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
      const f = l.split('\t');
      expect(f[1]).toMatch(/^(C[0-9A-Za-z]+|-)$/);
      return [f[0], ...f.slice(2)];
    });
  /** A script printing how many weirds of each name the engine raised. */
  const COUNT_WEIRDS = 'global n: table[string] of count &default=0; ' +
    'event conn_weird(name: string, c: connection, addl: string, source: string) { ++n[name]; } ' +
    'event flow_weird(name: string, src: addr, dst: addr, addl: string, source: string) { ++n[name]; } ' +
    'event zeek_done() { for (k in n) print k, n[k]; }';

  test('dns-corrupt: two bad_UDP_checksum on one connection, one row (ACTION_LOG_PER_ORIG)', () => {
    const r = rxbro(['run', '-r', join(ZEEK_TRACES, 'dns-corrupt.pcap'), '-e', COUNT_WEIRDS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('bad_UDP_checksum, 2\n');
    expect(weirdRows(r.cwd)).toEqual([
      ['1777450586.006844', '192.168.0.109', '34357', '8.8.8.8', '53', 'bad_UDP_checksum', '-', 'F', 'zeek', 'UDP'],
    ]);
  });

  test('mixed-vlan-mpls: repeats on one connection are logged once (weird_ignore), IP checksum errors once per source', () => {
    const r = rxbro(['run', '-r', join(ZEEK_TRACES, 'mixed-vlan-mpls.pcap'), '-e', COUNT_WEIRDS]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'bad_IP_checksum, 22', 'data_before_established, 5', 'inappropriate_FIN, 1', 'possible_split_routing, 9',
    ]);
    expect(weirdRows(r.cwd).map((f) => `${f[1]} ${f[3]} ${f[5]}`)).toEqual([
      '10.1.2.1 10.34.0.1 possible_split_routing',
      '10.1.2.1 10.34.0.1 data_before_established',
      '10.1.2.1 10.34.0.1 inappropriate_FIN',
      '141.42.64.125 125.190.109.199 bad_IP_checksum',
      '125.190.109.199 141.42.64.125 bad_IP_checksum',
    ]);
  });

  test('tcp-truncated-header: unsolicited_SYN_response is raised but never logged (ACTION_IGNORE)', () => {
    const r = rxbro(['run', '-r', join(ZEEK_TRACES, 'tcp-truncated-header.pcap'), '-e', COUNT_WEIRDS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('unsolicited_SYN_response, 1\n');
    expect(r.stdout).toContain('truncated_tcp_payload, 11\n');
    expect(weirdRows(r.cwd).map((f) => f[5])).toEqual(['truncated_header', 'active_connection_reuse', 'truncated_tcp_payload']);
  });
});

describe('rxbro spelled as Zeek is', () => {
  it('--version and -v print the package version', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = rxbro([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`rxbro version ${pkg.version}\n`);
    }
  });

  it('without a sub-command, flags and scripts mean `run` (zeek -b -r trace script)', () => {
    const r = rxbro(['-b', '-r', join(ZEEK_TRACES, 'http-get.pcap'), '-e', 'event zeek_done() { print network_time(); }']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1362692527.080972\n');
  });
});
