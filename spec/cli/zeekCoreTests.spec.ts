/**
 * End-to-end: Zeek's own btest cases about connections, events and packets, run through `bin/rxbro run`
 * the way their `@TEST-EXEC` lines run `zeek` (`zeek` → `rxbro run --deterministic`, `$TRACES/x` → our
 * copy of the trace, `%INPUT` → the test's script). The expected lines are the test's baseline
 * (`testing/btest/Baseline/<test name>/…` in the Zeek repository), kept here as data; each case names
 * its test.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BTEST_TRACES, rxbro, ZEEK_TRACES } from './cliRun';


interface ZeekTest {
  /** Zeek test name (path under testing/btest/ with / → .). */
  test: string;
  /** rxbro arguments before the script: flags and `-r <trace>`. */
  args: string[];
  /** The test's script (%INPUT). */
  script: string;
  /** Arguments after the script (command-line redefs). */
  after?: string[];
}

/** Runs one Zeek test's `@TEST-EXEC` line; returns stdout, stderr and the scratch folder. */
function runZeekTest(t: ZeekTest): { stdout: string; stderr: string; dir: string; status: number } {
  const dir = mkdtempSync(join(tmpdir(), 'rxbro-zeek-core-'));
  writeFileSync(join(dir, 'test.zeek'), t.script);
  const r = rxbro(['run', '--deterministic', ...t.args, 'test.zeek', ...(t.after ?? [])], { cwd: dir });
  return { stdout: r.stdout, stderr: r.stderr, dir, status: r.status };
}

const lines = (s: string) => s.split('\n').filter((l) => l !== '');

/** A baseline file stored next to our trace copies, without btest's header line. */
const storedBaseline = (name: string) => lines(readFileSync(join(ZEEK_TRACES, name), 'latin1')).filter((l) => !l.startsWith('###'));

describe('Zeek core tests: connection built-ins', () => {
  // core/conn-stats.zeek: `zeek -b -r $TRACES/<trace> %INPUT`, btest-diff .stdout.
  const CONN_STATS = `event zeek_init()
	{
	print fmt("pcap %s", split_string(packet_source()$path, /\\//)[-1]);
	}

event net_done(t: time)
	{
	print get_conn_stats();
	}
`;

  it('core.conn-stats on dns-edns-ecs.pcap: get_conn_stats() and packet_source() at net_done', () => {
    const r = runZeekTest({ test: 'core.conn-stats', args: ['-b', '-r', join(BTEST_TRACES, '..', 'zeek', 'dns-edns-ecs.pcap')], script: CONN_STATS });
    expect(r.stderr).toBe('');
    // Baseline core.conn-stats/.stdout, second run (stored as dns-edns-ecs.conn-stats.out).
    expect(lines(r.stdout)).toEqual(storedBaseline('dns-edns-ecs.conn-stats.out'));
  });

  it('core.conn-stats on smtp.pcap (the trace Zeek names smtp.trace)', () => {
    const r = runZeekTest({ test: 'core.conn-stats', args: ['-b', '-r', join(BTEST_TRACES, 'smtp.pcap')], script: CONN_STATS });
    expect(r.stderr).toBe('');
    // Baseline core.conn-stats/.stdout, first run; only the file name in the first line differs.
    expect(lines(r.stdout)).toEqual([
      'pcap smtp.pcap',
      '[total_conns=9, current_conns=5, sess_current_conns=5, num_packets=125, num_fragments=0, max_fragments=0, num_tcp_conns=5, max_tcp_conns=5, cumulative_tcp_conns=6, num_udp_conns=0, max_udp_conns=2, cumulative_udp_conns=2, num_icmp_conns=0, max_icmp_conns=1, cumulative_icmp_conns=1, num_packets_unprocessed=0, killed_by_inactivity=3]',
    ]);
  });

  it('bifs.icmp_connection_exists: connection_exists(c$id) holds in new_connection (icmp-destunreach-udp.pcap)', () => {
    const r = runZeekTest({
      test: 'bifs.icmp_connection_exists',
      args: ['-b', '-r', join(BTEST_TRACES, 'icmp', 'icmp-destunreach-udp.pcap')],
      script: `event new_connection(c: connection)
	{
	assert connection_exists(c$id), fmt("%s does not exist (pcap %s)", c$id, split_string(packet_source()$path, /\\//)[-1]);
	}
`,
    });
    // Baseline bifs.icmp_connection_exists/.stderr is empty.
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', '']);
  });

  it('connection_exists: either orientation of a live connection, F after removal or for an unknown id', () => {
    const r = runZeekTest({
      test: '(rxbro)',
      args: ['-b', '-r', join(BTEST_TRACES, 'tcp', 'rst-inject-rae.pcap')],
      script: `global seen: conn_id;
event new_connection(c: connection)
	{
	seen = c$id;
	local flipped: conn_id = [$orig_h=c$id$resp_h, $orig_p=c$id$resp_p, $resp_h=c$id$orig_h, $resp_p=c$id$orig_p];
	local other: conn_id = [$orig_h=c$id$orig_h, $orig_p=1/tcp, $resp_h=c$id$resp_h, $resp_p=c$id$resp_p];
	print connection_exists(c$id), connection_exists(flipped), connection_exists(other);
	}
event zeek_done() { print connection_exists(seen); }
`,
    });
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual(['T, T, F', 'F']);
  });
});

describe('lookup_connection (Zeek BiF; no Zeek test runs it on our traces)', () => {
  it('returns the live record, script fields included; an unknown id is an error and the dummy record', () => {
    const r = runZeekTest({
      test: '(rxbro)',
      args: ['-b', '-r', join(BTEST_TRACES, 'http', 'get.pcap')],
      script: `global ids: vector of conn_id;
redef record connection += { mine: count &optional; };
event later(id: conn_id) { local c = lookup_connection(id); print c$uid, c$history, c$mine, c$id$resp_p; }
event new_connection(c: connection) { c$mine = 7; ids += c$id; schedule 0.05 sec { later(c$id) }; }
event zeek_done() { local d = lookup_connection(ids[0]); print d$id, d$orig, d$history == "", d$start_time == network_time(); }
`,
    });
    expect(lines(r.stdout)).toEqual([
      'CHhAvVGS1DHFjwGM9, Sh, 7, 80/tcp',
      '[orig_h=0.0.0.0, orig_p=0/udp, resp_h=0.0.0.0, resp_p=0/udp, proto=65535, ctx=[]], [size=0, state=0, num_pkts=<uninitialized>, num_bytes_ip=<uninitialized>, flow_label=<uninitialized>, l2_addr=<uninitialized>], T, T',
    ]);
    expect(r.stderr).toContain('connection ID not a known connection');
  });
});

describe('Zeek core tests that pass as they are', () => {
  it('core.connection_status_update (icmp/5-pings.pcap, -b -C)', () => {
    const r = runZeekTest({
      test: 'core.connection_status_update',
      args: ['-b', '-C', '-r', join(ZEEK_TRACES, 'icmp-5-pings.pcap')],
      script: `global update_count = 0;
global connection_status_update_interval = 1sec;

event new_connection(c: connection)
	{ print "new_connection", c$id; }

event connection_status_update(c: connection)
	{ print "connection_status_update", ++update_count, c$id; }
`,
    });
    expect(r.stderr).toBe('');
    const id = '[orig_h=172.16.133.2, orig_p=8/icmp, resp_h=172.217.11.78, resp_p=0/icmp, proto=1, ctx=[]]';
    // Baseline core.connection_status_update/out.
    expect(lines(r.stdout)).toEqual([`new_connection, ${id}`, ...[1, 2, 3, 4].map((n) => `connection_status_update, ${n}, ${id}`)]);
  });

  it('core.tcp.rst-after-syn (tcp/rst-inject-rae.pcap, -b): endpoint records at connection_state_remove', () => {
    const r = runZeekTest({
      test: 'core.tcp.rst-after-syn',
      args: ['-b', '-r', join(BTEST_TRACES, 'tcp', 'rst-inject-rae.pcap')],
      script: `event connection_state_remove(c: connection)
	{
	print c$id;
	print "orig:", c$orig;
	print "resp:", c$resp;
	}
`,
    });
    expect(r.stderr).toBe('');
    // Baseline core.tcp.rst-after-syn/.stdout.
    expect(lines(r.stdout)).toEqual([
      '[orig_h=1.2.0.2, orig_p=2527/tcp, resp_h=1.2.0.3, resp_p=6649/tcp, proto=6, ctx=[]]',
      'orig:, [size=175, state=1, num_pkts=4, num_bytes_ip=395, flow_label=0, l2_addr=00:15:17:0b:7c:61]',
      'resp:, [size=0, state=6, num_pkts=5, num_bytes_ip=236, flow_label=0, l2_addr=00:00:00:00:00:04]',
    ]);
  });

  it('core.tcp.miss-end-data (tcp/miss_end_data.pcap, default scripts): content_gap with report_gaps_for_partial', () => {
    const r = runZeekTest({
      test: 'core.tcp.miss-end-data',
      args: ['-r', join(ZEEK_TRACES, 'tcp-miss_end_data.pcap')],
      script: `redef report_gaps_for_partial = T;

event content_gap(c: connection, is_orig: bool, seq: count, length: count)
	{
	print "content_gap", c$id, is_orig, seq, length;
	}
`,
    });
    expect(r.stderr).toBe('');
    // Baseline core.tcp.miss-end-data/out.
    expect(lines(r.stdout)).toEqual([
      'content_gap, [orig_h=192.168.122.230, orig_p=60648/tcp, resp_h=77.238.160.184, resp_p=80/tcp, proto=6, ctx=[]], F, 1, 2902',
    ]);
  });

  it('core.ipv6-atomic-frag (ipv6-http-atomic-frag.pcap, -b + base/protocols/http)', () => {
    const r = runZeekTest({
      test: 'core.ipv6-atomic-frag',
      args: ['-b', '-r', join(BTEST_TRACES, 'ipv6-http-atomic-frag.pcap')],
      script: `@load base/protocols/http

event new_connection(c: connection)
	{
	if ( c$id$resp_p == 80/tcp )
		print c$id;
	}
`,
    });
    expect(r.stderr).toBe('');
    // Baseline core.ipv6-atomic-frag/output.
    expect(lines(r.stdout)).toEqual(
      ['36951', '59694', '27393', '45805'].map((p) => `[orig_h=2001:db8:1::2, orig_p=${p}/tcp, resp_h=2001:db8:1::1, resp_p=80/tcp, proto=6, ctx=[]]`),
    );
  });

  it('core.icmp.icmp-events, first run (icmp/icmp-destunreach-udp.pcap, -b)', () => {
    const r = runZeekTest({
      test: 'core.icmp.icmp-events',
      args: ['-b', '-r', join(BTEST_TRACES, 'icmp', 'icmp-destunreach-udp.pcap')],
      script: `event icmp_unreachable(c: connection, info: icmp_info, code: count, context: icmp_context)
    {
    print "icmp_unreachable (code=" + fmt("%d", code) + ")";
    print "  conn_id: " + fmt("%s", c$id);
    print "  icmp_info: " + fmt("%s", info);
    print "  icmp_context: " + fmt("%s", context);
    }
`,
    });
    expect(r.stderr).toBe('');
    // Baseline core.icmp.icmp-events/output, the part of this trace (stored as icmp-destunreach-udp.icmp-events.out).
    expect(lines(r.stdout)).toEqual(storedBaseline('icmp-destunreach-udp.icmp-events.out'));
  });
});

describe('Zeek scripts/base/protocols/conn tests', () => {
  // scripts/base/protocols/conn/removal-hooks.zeek: `zeek -b -r $TRACES/http/get.trace %INPUT [test_unregister=T]`.
  const REMOVAL_HOOKS = `@load base/protocols/conn/removal-hooks

option test_unregister = F;

hook my_removal_hook(c: connection)
	{
	print "my_removal_hook", c$id;
	}

event new_connection(c: connection)
	{
	print "new_connection", c$id;
	print Conn::register_removal_hook(c, my_removal_hook);
	print Conn::register_removal_hook(c, my_removal_hook);
	print Conn::register_removal_hook(c, my_removal_hook);

	if ( test_unregister )
		{
		print Conn::unregister_removal_hook(c, my_removal_hook);
		print Conn::unregister_removal_hook(c, my_removal_hook);
		print Conn::unregister_removal_hook(c, my_removal_hook);
		}
	}
`;
  const id = '[orig_h=141.142.228.5, orig_p=59856/tcp, resp_h=192.150.187.43, resp_p=80/tcp, proto=6, ctx=[]]';

  it.each([
    // Baseline scripts.base.protocols.conn.removal-hooks/out, first run (its conn_id predates proto/ctx).
    ['registered', [], [`new_connection, ${id}`, 'T', 'F', 'F', `my_removal_hook, ${id}`]],
    // The same baseline, second run.
    ['unregistered', ['test_unregister=T'], [`new_connection, ${id}`, 'T', 'F', 'F', 'T', 'F', 'F']],
  ])('scripts.base.protocols.conn.removal-hooks: %s (http/get.pcap, -b)', (_name, after, want) => {
    const r = runZeekTest({
      test: 'scripts.base.protocols.conn.removal-hooks',
      args: ['-b', '-r', join(BTEST_TRACES, 'http', 'get.pcap')],
      script: REMOVAL_HOOKS,
      after: after as string[],
    });
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual(want);
  });
});

