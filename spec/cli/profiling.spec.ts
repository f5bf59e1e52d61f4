/**
 * End-to-end: profiling (engine.md 6.1–6.4, 6.10) on the traces of the Bro 1.5.3 reference runs
 * (`../shared/reference/bro-1.5.3/stats-pg-prof-*`, `bro -C -r <trace> stats print-globals profiling`).
 * The numbers are rxbro's own; the layout, which lines appear and when records are written must be Bro's.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO, rxbro, ZEEK_TRACES } from './cliRun';

const REFERENCE = resolve(REPO, '..', 'shared', 'reference', 'bro-1.5.3');

/** prof.log reduced to its layout: per record, its time and its lines with numbers blanked. */
function layout(text: string, dropCompressor: boolean): { ts: string[]; lines: string[] } {
  const ts: string[] = [];
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    if (raw === '') continue;
    const m = /^(\d+\.\d{6}) (.*)$/.exec(raw);
    if (!m) throw new Error(`line without a timestamp: ${raw}`);
    let line = m[2];
    if (line.startsWith('------') && !ts.includes(m[1])) ts.push(m[1]);
    if (dropCompressor && line.startsWith('ConnCompressor:')) continue;
    if (line.startsWith('Command line: ')) line = 'Command line: …';
    else if (/^ {8}[A-Za-z]+ = \d+$/.test(line)) line = 'TIMER';
    // Matrix cells are counts (ours); the row labels and the 8-column cell grid are the layout.
    else if (line.startsWith('TCP-States:')) line = line.replace(/\d/g, ' ');
    else line = line.replace(/-?\d+(\.\d+)?|-?nan|inf/g, 'N');
    // Which timer types are pending is ours (checked below), not part of the layout.
    if (line === 'TIMER') continue;
    lines.push(line);
  }
  return { ts, lines };
}

describe.each([
  ['wikipedia.pcap', 'stats-pg-prof-wikipedia'],
  ['var-services-std-ports.pcap', 'stats-pg-prof-var-services-std-ports'],
])('prof.log on %s', (trace, refDir) => {
  // The reference command: bro -C -r <trace> stats print-globals profiling
  const r = rxbro(['run', '-C', '-r', join(ZEEK_TRACES, trace), 'stats', 'print-globals', 'profiling']);
  const ours = readFileSync(join(r.cwd, 'prof.log'), 'latin1');
  const ref = readFileSync(join(REFERENCE, refDir, 'prof.log'), 'latin1');

  test('runs cleanly', () => {
    expect(r.status).toBe(0);
  });

  test('records at the same network times as Bro 1.5.3: start-up, first packet, every 15 s, end of input', () => {
    expect(layout(ours, false).ts).toEqual(layout(ref, true).ts);
  });

  test("the same lines in the same layout (old Bro's ConnCompressor line left out)", () => {
    expect(layout(ours, false).lines).toEqual(layout(ref, true).lines);
  });

  test('the first record names the command line, each argument followed by a space', () => {
    expect(ours.split('\n')[1]).toBe(`0.000000 Command line: rxbro run -C -r ${join(ZEEK_TRACES, trace)} stats print-globals profiling `);
  });

  test("the start-up record counts the same timers as Bro's: the profile timer and stats' schedule", () => {
    expect(ours).toContain('0.000000         ProfileTimer = 1\n0.000000         ScheduleTimer = 1\n');
  });
});

describe('prof.log options', () => {
  const script = [
    'global tt: table[addr] of count &create_expire=30 secs;',
    'event tick() { schedule 10 secs { tick() }; }',
    'event zeek_init() { schedule 10 secs { tick() }; }',
    'event profiling_update(f: file, expensive: bool) { print f, fmt("update expensive=%s", expensive); }',
  ].join('\n');
  const r = rxbro(['run', '-C', '-r', join(ZEEK_TRACES, 'var-services-std-ports.pcap'), 'policy/misc/profiling', 'expensive_profiling_multiple=3', '-e', script]);
  const text = readFileSync(join(r.cwd, 'prof.log'), 'latin1');

  test('profiling_update follows each record, expensive every 3rd', () => {
    expect(r.status).toBe(0);
    expect(text.split('\n').filter((l) => l.startsWith('update'))).toEqual([
      'update expensive=F', 'update expensive=F', 'update expensive=T', 'update expensive=F', 'update expensive=F',
    ]);
  });

  test('the expensive record adds the connection memory estimate and the global sizes', () => {
    const third = text.split('update expensive=F\n')[2];
    expect(third).toMatch(/^1308930706\.185725 Conns: total=\d+ current=(\d+)\/\1 ext=0 mem=\d+K avg=2200\.0 table=\d+K connvals=0K$/m);
    expect(third).toMatch(/^1308930706\.185725 Global_sizes > 100k: 0K\n1308930706\.185725 Global_sizes total: \d+K\n1308930706\.185725 Total number of table entries: \d+\/\d+\n/m);
  });

  test('timer lines by type in old Bro order: schedule, table expiry, profile and connection timers', () => {
    const first = text.split('update expensive=F\n')[0];
    // Two table-expiry timers: the script's `tt` and the notice framework's suppression table (a default run
    // loads it through the PacketFilter framework, as Zeek's does).
    expect(first).toMatch(/Timers: current=4 max=4 mem=0K lag=0\.00s\n0\.000000 {9}ProfileTimer = 1\n0\.000000 {9}ScheduleTimer = 1\n0\.000000 {9}TableValTimer = 2\n/);
    const last = text.split('update expensive=F\n')[3];
    expect(last).toMatch(/ConnectionInactivityTimer = \d+\n.*DNSExpireTimer = \d+\n.*ProfileTimer = 1\n/);
  });
});

describe('print-globals', () => {
  const r = rxbro(['run', '-C', '-r', join(ZEEK_TRACES, 'wikipedia.pcap'), 'print-globals', '-e', 'global big: table[count] of string = { [1] = "abc" };']);
  const lines = r.stdout.split('\n');

  test("prints global_sizes() at the end as Bro 1.5.3's stdout.txt does: one [name] = bytes per line", () => {
    expect(r.status).toBe(0);
    const ref = readFileSync(join(REFERENCE, 'stats-pg-prof-wikipedia', 'stdout.txt'), 'latin1').split('\n');
    const shape = (l: string) => l.replace(/^\[[^\]]+\] = \d+(,?)$/, '[NAME] = N$1');
    expect(new Set(lines.map(shape))).toEqual(new Set(ref.map(shape)));
    expect(lines[0]).toBe('{');
    expect(lines[lines.length - 2]).toBe('}');
  });

  test('entries sorted by name; events only with a handler; sizes from the documented model', () => {
    const names = lines.slice(1, -2).map((l) => /^\[([^\]]+)\]/.exec(l)![1]);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('zeek_done');
    expect(names).not.toContain('connection_established');
    // table (64) + one entry (48) + a count index (16) + a 3-byte string (16 + 3)
    expect(lines).toContain('[big] = 147,');
    expect(lines).toContain('[tcp_inactivity_timeout] = 16,');
  });
});

/** The data lines of a Zeek ASCII log, split into columns by name. */
function logRows(text: string): Record<string, string>[] {
  const lines = text.split('\n');
  const fields = lines.find((l) => l.startsWith('#fields\t'))!.split('\t').slice(1);
  return lines.filter((l) => l !== '' && !l.startsWith('#')).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [fields[i], v])));
}

describe('stats (old Bro): OfflineResourceStats notices', () => {
  const r = rxbro(['run', '-C', '-r', join(ZEEK_TRACES, 'var-services-std-ports.pcap'), 'stats']);

  test("at Bro 1.5.3's times, with its message format; packet counts as Bro's after the first report", () => {
    expect(r.status).toBe(0);
    const ref = readFileSync(join(REFERENCE, 'stats-pg-prof-var-services-std-ports', 'notice.log'), 'latin1')
      .trim().split('\n').map((l) => l.split(':'));
    const rows = logRows(readFileSync(join(r.cwd, 'notice.log'), 'latin1'));
    expect(rows.map((x) => x.ts)).toEqual(ref.map((f) => f[0]));
    expect(rows.map((x) => x.note)).toEqual(ref.map((f) => f[1]));
    for (const x of rows) expect(x.msg).toMatch(/^mem=\d+MB pkts_proc=\d+ events_proc=\d+ events_queued=\d+$/);
    expect(rows.map((x) => /pkts_proc=(\d+)/.exec(x.msg)![1]).slice(1)).toEqual(['17', '89']);
  });

  test('a trace shorter than the report interval gives no notice (as the wikipedia reference run)', () => {
    const w = rxbro(['run', '-C', '-r', join(ZEEK_TRACES, 'wikipedia.pcap'), 'stats']);
    expect(w.status).toBe(0);
    expect(() => readFileSync(join(w.cwd, 'notice.log'))).toThrow();
  });
});

describe('policy/misc/stats: stats.log', () => {
  test("Zeek's baseline on wikipedia.pcap: two records, pkts_proc 1 and 135", () => {
    const r = rxbro(['run', '-C', '-r', join(ZEEK_TRACES, 'wikipedia.pcap'), 'policy/misc/stats']);
    expect(r.status).toBe(0);
    const rows = logRows(readFileSync(join(r.cwd, 'stats.log'), 'latin1'));
    expect(rows.map((x) => x.pkts_proc)).toEqual(['1', '135']);
    expect(rows.map((x) => x.ts)).toEqual(['1300475167.096535', '1300475173.475401']);
    expect(rows[0].peer).toBe('zeek');
    expect(rows[0].pkt_lag).toBe('-'); // live traffic only
    expect(Number(rows[1].bytes_recv)).toBeGreaterThan(0);
  });
});

describe('pkt-profile: pkt-prof.log', () => {
  const lines = (extra: string[]) => {
    const r = rxbro(['run', '-C', '-r', join(ZEEK_TRACES, 'wikipedia.pcap'), 'pkt-profile', ...extra]);
    expect(r.status).toBe(0);
    return readFileSync(join(r.cwd, 'pkt-prof.log'), 'latin1').trim().split('\n');
  };
  const RECORD = /^\d+\.\d{6} -?\d+\.\d{3} \d+ \d+ \d+\.\d{3} \d+\.\d{3} \d+\.\d{3} -?\d+$/;

  test('SECS every second of packet time (the default of @load pkt-profile)', () => {
    const l = lines([]);
    expect(l[0]).toBe('time dt npkts nbytes dRtime dUtime dStime dmem');
    for (const x of l.slice(1)) expect(x).toMatch(RECORD);
    expect(l.slice(1).map((x) => x.split(' ').slice(0, 3).join(' '))).toEqual([
      '1300475168.652003 0.865 5', '1300475169.780331 0.483 107', '1300475170.811500 0.589 3',
      '1300475171.886280 0.966 8', '1300475173.116749 0.848 5',
    ]);
  });

  test('PKTS and BYTES modes', () => {
    expect(lines(['pkt_profile_mode=PKT_PROFILE_MODE_PKTS', 'pkt_profile_freq=50']).slice(1).map((x) => x.split(' ')[2])).toEqual(['51', '51']);
    const bytes = lines(['pkt_profile_mode=PKT_PROFILE_MODE_BYTES', 'pkt_profile_freq=10000']).slice(1);
    for (const x of bytes) expect(Number(x.split(' ')[3])).toBeGreaterThan(10000);
  });
});

describe('policy/misc/dump-events', () => {
  const trace = join(ZEEK_TRACES, 'http-get.pcap');
  const handlers = 'event connection_established(c: connection) { print "handled"; } event zeek_init() { }';

  test('handled events only, each before its handlers run, with typed arguments and an empty line', () => {
    const r = rxbro(['run', '-b', '-C', '-r', trace, 'policy/misc/dump-events', '-e', handlers]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('         0.000000 zeek_init');
    expect(lines[1]).toBe('1362692526.939084 connection_established');
    expect(lines[2]).toMatch(/^ {18}\[0\] c: connection {6}= \[id=\[orig_h=141\.142\.228\.5, orig_p=59856\/tcp, resp_h=192\.150\.187\.43, resp_p=80\/tcp/);
    expect(lines.slice(3, 6)).toEqual(['', 'handled', '']);
  });

  test('include, include_args, dump_all_events and use_json', () => {
    const r = rxbro(['run', '-b', '-C', '-r', trace, 'policy/misc/dump-events', 'DumpEvents::include_args=F', 'DumpEvents::dump_all_events=T', 'DumpEvents::include=/^connection_(EOF|finished)/']);
    expect(r.stdout).toBe('1362692527.011846 connection_EOF\n1362692527.080828 connection_EOF\n1362692527.080828 connection_finished\n');
    const j = rxbro(['run', '-b', '-C', '-r', trace, 'policy/misc/dump-events', 'DumpEvents::use_json=T', '-e', handlers]);
    const first = JSON.parse(j.stdout.split('\n')[1]);
    expect(first).toMatchObject({ ts: 1362692526.939084, event: 'connection_established', args: { c: { id: { orig_h: '141.142.228.5', resp_p: { port: 80, proto: 'tcp' } } } } });
  });
});

describe('dump_rule_stats and print-sig-states', () => {
  test('the matcher statistics of engine.md 6.5 into a file; nothing without signatures', () => {
    const r = rxbro(['run', '-C', '-r', join(REPO, 'traces', 'http-local.pcap'), '-s', join(REPO, 'policy', 'examples', 'http-get.sig'),
      'print-sig-states', '-e', 'event zeek_done() { dump_rule_stats(open("end.txt")); }']);
    expect(r.status).toBe(0);
    const end = readFileSync(join(r.cwd, 'end.txt'), 'latin1').split('\n');
    expect(end[0]).toMatch(/^\d+\.\d{6} computed dfa states = \d+; classes = \?\?; computed trans\. = \d+; matchers = \d+; mem = \d+$/);
    expect(end[1]).toMatch(/^\d+\.\d{6} DFA cache hits = \d+; misses = \d+$/);
    expect(end[2]).toMatch(/^\d+\.\d{6} \d+ DFA states in Payload group 0 from sigs http-get-request $/);
    expect(readFileSync(join(r.cwd, 'sig-states.log'), 'latin1')).toMatch(/^1795667150\.224372 computed dfa states/);
    const none = rxbro(['run', '-b', '-e', 'event zeek_init() { print dump_rule_stats(open("x.txt")); }']);
    expect(none.stdout).toBe('T\n');
    expect(readFileSync(join(none.cwd, 'x.txt'), 'latin1')).toBe('');
  });
});
