/**
 * End-to-end, the notice framework on the logging framework (policy/notice.bro, docs/notice.md): notice.log
 * through `Notice::LOG` with Zeek's columns, the `Notice::policy` hook, suppression by `$identifier` on network
 * time, ACTION_ALARM → notice_alarm.log, and Zeek's notice btests that need no analyzer (stored under
 * `zeek-notice-tests/`, replayed by btestLite).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBtest } from './btestLite';
import { lines, runZeekScript, ZEEK_TRACES } from './cliRun';

const HERE = join(__dirname, 'zeek-notice-tests');

/** notice.log's columns since Zeek 3.0 (`dropped` gone, `email_dest` added; every modern notice.log has them). */
const ZEEK_NOTICE_FIELDS = [
  'ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'fuid', 'file_mime_type', 'file_desc', 'proto',
  'note', 'msg', 'sub', 'src', 'dst', 'p', 'n', 'peer_descr', 'actions', 'email_dest', 'suppress_for',
  'remote_location.country_code', 'remote_location.region', 'remote_location.city', 'remote_location.latitude',
  'remote_location.longitude',
];
const ZEEK_NOTICE_TYPES = [
  'time', 'string', 'addr', 'port', 'addr', 'port', 'string', 'string', 'string', 'enum', 'enum', 'string', 'string',
  'addr', 'addr', 'port', 'count', 'string', 'set[enum]', 'set[string]', 'interval', 'string', 'string', 'string',
  'double', 'double',
];

/** A Zeek ASCII log: its `#fields`, `#types` and rows keyed by column name. */
function readLog(text: string): { fields: string[]; types: string[]; rows: Record<string, string>[] } {
  const ls = lines(text);
  const fields = ls.find((l) => l.startsWith('#fields\t'))!.split('\t').slice(1);
  const types = ls.find((l) => l.startsWith('#types\t'))!.split('\t').slice(1);
  const rows = ls.filter((l) => !l.startsWith('#')).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [fields[i], v])));
  return { fields, types, rows };
}

const logIn = (dir: string, path: string) => readLog(readFileSync(join(dir, `${path}.log`), 'latin1'));

describe("Zeek's notice btests (testing/btest/scripts/base/frameworks/notice)", () => {
  it('scripts.base.frameworks.notice.suppression: the second notice with the same identifier is suppressed', () => {
    const r = runBtest(join(HERE, 'suppression.zeek'), join(HERE, 'Baseline', 'suppression'));
    expect(r.execFailures).toEqual([]);
    const [d] = r.diffs;
    const actual = readLog(d.actual);
    const expected = readLog(d.expected!);
    // The stored baseline is 2014's (a `dropped` column, no `email_dest`, peer_descr "bro"): today's header instead,
    // and every column the two share equal except the wall-clock ts (btest masks it) and peer_descr (unset outside
    // a cluster today).
    expect(actual.fields).toEqual(ZEEK_NOTICE_FIELDS);
    expect(actual.types).toEqual(ZEEK_NOTICE_TYPES);
    expect(actual.rows).toHaveLength(expected.rows.length);
    const shared = expected.fields.filter((f) => actual.fields.includes(f) && f !== 'ts' && f !== 'peer_descr');
    const pick = (row: Record<string, string>) => Object.fromEntries(shared.map((f) => [f, row[f]]));
    expect(actual.rows.map(pick)).toEqual(expected.rows.map(pick));
    expect(actual.rows[0].peer_descr).toBe('-');
    expect(actual.rows[0].email_dest).toBe('(empty)');
  });

  it('scripts.base.frameworks.notice.suppression-disable: not_suppressed_types logs both notices', () => {
    const r = runBtest(join(HERE, 'suppression-disable.zeek'), join(HERE, 'Baseline', 'suppression-disable'));
    expect(r.execFailures).toEqual([]);
    expect(readLog(readFileSync(join(r.dir, 'notice.log'), 'latin1')).rows.map((x) => x.msg)).toEqual(['test', 'another test']);
  });
});

describe('notices from connection events on http-get.pcap', () => {
  const script = `@load base/frameworks/notice
module Demo;
export { redef enum Notice::Type += { New_Conn, Conn_Done, Noise }; }
redef Notice::emailed_types += { Conn_Done };
redef Notice::ignored_types += { Noise };
hook Notice::policy(n: Notice::Info) { if ( n$note == New_Conn ) add n$actions[Notice::ACTION_ALARM]; }
hook Notice::notice(n: Notice::Info) { print "notice", n$note, n$actions; }
event Notice::suppressed(n: Notice::Info) { print "suppressed", n$note, n$msg; }
event Notice::begin_suppression(ts: time, s: interval, note: Notice::Type, id: string) { print "begin", s, note, id; }
event Notice::log_notice(rec: Notice::Info) { print "log", rec$note; }
event connection_established(c: connection)
	{
	NOTICE([$note=New_Conn, $conn=c, $msg=fmt("%s talks to %s", c$id$orig_h, c$id$resp_h), $identifier=cat(c$id$orig_h)]);
	NOTICE([$note=New_Conn, $conn=c, $msg="again", $identifier=cat(c$id$orig_h)]);
	NOTICE([$note=Noise, $conn=c, $msg="never logged"]);
	}
event connection_state_remove(c: connection)
	{ NOTICE([$note=Conn_Done, $conn=c, $msg="done", $sub=c$history, $n=c$orig$num_pkts]); }
`;
  const r = runZeekScript(script, ['-b', '-r', join(ZEEK_TRACES, 'http-get.pcap')]);

  // As in Zeek: an ignored type still reaches Notice::notice, with no actions; the stream's $ev and
  // begin_suppression are queued events, so they run after the NOTICE calls of the handler.
  it('runs cleanly; hooks at once, events queued; the repeat is suppressed, the ignored type gets no action', () => {
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(lines(r.stdout)).toEqual([
      'notice, Demo::New_Conn, {\nNotice::ACTION_LOG,\nNotice::ACTION_ALARM\n}'.split('\n'),
      'notice, Demo::Noise, {\n\n}'.split('\n'),
      'log, Demo::New_Conn',
      'begin, 1.0 hr, Demo::New_Conn, 141.142.228.5',
      'suppressed, Demo::New_Conn, again',
      'notice, Demo::Conn_Done, {\nNotice::ACTION_EMAIL,\nNotice::ACTION_LOG\n}'.split('\n'),
      'log, Demo::Conn_Done',
    ].flat().filter((l) => l !== ''));
  });

  it("notice.log: Zeek's header; uid, id, src, dst, p and proto from the connection; actions and suppress_for", () => {
    const log = logIn(r.cwd, 'notice');
    expect(log.fields).toEqual(ZEEK_NOTICE_FIELDS);
    expect(log.types).toEqual(ZEEK_NOTICE_TYPES);
    const cols = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'proto', 'note', 'msg', 'sub', 'src', 'dst', 'p', 'n', 'actions', 'email_dest', 'suppress_for'];
    expect(log.rows.map((row) => cols.map((c) => row[c]))).toEqual([
      ['1362692526.939084', 'CHhAvVGS1DHFjwGM9', '141.142.228.5', '59856', '192.150.187.43', '80', 'tcp', 'Demo::New_Conn',
        '141.142.228.5 talks to 192.150.187.43', '-', '141.142.228.5', '192.150.187.43', '80', '-',
        'Notice::ACTION_LOG,Notice::ACTION_ALARM', '(empty)', '3600.000000'],
      ['1362692527.080972', 'CHhAvVGS1DHFjwGM9', '141.142.228.5', '59856', '192.150.187.43', '80', 'tcp', 'Demo::Conn_Done',
        'done', 'ShADadFf', '141.142.228.5', '192.150.187.43', '80', '7', 'Notice::ACTION_EMAIL,Notice::ACTION_LOG', '(empty)', '3600.000000'],
    ]);
  });

  it('notice_alarm.log: the ACTION_ALARM notice only, same columns', () => {
    const log = logIn(r.cwd, 'notice_alarm');
    expect(log.fields).toEqual(ZEEK_NOTICE_FIELDS);
    expect(log.rows.map((x) => [x.note, x.msg])).toEqual([['Demo::New_Conn', '141.142.228.5 talks to 192.150.187.43']]);
  });
});

describe('Notice::policy and the streams', () => {
  const TRACE = ['-b', '-r', join(ZEEK_TRACES, 'http-get.pcap')];
  const head = '@load base/frameworks/notice\nredef enum Notice::Type += { T1 };\n';
  const raise = 'event connection_state_remove(c: connection) { NOTICE([$note=T1, $conn=c, $msg="m"]); }\n';

  it('a policy handler that deletes ACTION_LOG keeps the notice out of notice.log (no file at all)', () => {
    const r = runZeekScript(head + raise + 'hook Notice::policy(n: Notice::Info) &priority=-1 { delete n$actions[Notice::ACTION_LOG]; }', TRACE);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(existsSync(join(r.cwd, 'notice.log'))).toBe(false);
  });

  it('a break in Notice::policy drops the notice; Log::disable_stream(Notice::LOG) silences notice.log', () => {
    const a = runZeekScript(head + raise + 'hook Notice::policy(n: Notice::Info) &priority=20 { break; }', TRACE);
    expect([a.status, a.stderr, existsSync(join(a.cwd, 'notice.log'))]).toEqual([0, '', false]);
    const b = runZeekScript(head + raise + 'event zeek_init() { Log::disable_stream(Notice::LOG); }', TRACE);
    expect([b.status, b.stderr, existsSync(join(b.cwd, 'notice.log'))]).toEqual([0, '', false]);
  });

  it('alarmed_types, type_suppression_intervals and a Notice::log_policy filter', () => {
    const r = runZeekScript(
      head + raise +
        'redef Notice::alarmed_types += { T1 };\nredef Notice::type_suppression_intervals += { [T1] = 5 mins };\n' +
        'hook Notice::log_policy(rec: Notice::Info, id: Log::ID, filter: Log::Filter) { rec$msg = "changed"; }',
      TRACE,
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(logIn(r.cwd, 'notice').rows.map((x) => [x.msg, x.actions, x.suppress_for])).toEqual([
      ['changed', 'Notice::ACTION_ALARM,Notice::ACTION_LOG', '300.000000'],
    ]);
    // The policy hook gets the notice itself (its type is the stream's), so the change reaches the alarm row too.
    expect(logIn(r.cwd, 'notice_alarm').rows.map((x) => x.msg)).toEqual(['changed']);
  });

  it('--json: notice.log as JSON lines through the same stream', () => {
    const r = runZeekScript(head + raise, [...TRACE, '--json']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const rec = JSON.parse(lines(readFileSync(join(r.cwd, 'notice.log'), 'latin1'))[0]);
    expect(rec).toMatchObject({ uid: 'CHhAvVGS1DHFjwGM9', note: 'T1', msg: 'm', p: 80, proto: 'tcp', actions: ['Notice::ACTION_LOG'], suppress_for: 3600 });
  });
});

describe('suppression on network time', () => {
  it('an identifier is suppressed until ts + suppress_for, then the table sweep lets the next notice through', () => {
    const script = `@load base/frameworks/notice
redef enum Notice::Type += { Seen };
redef Notice::type_suppression_intervals += { [Seen] = 2secs };
global supp = 0;
event Notice::suppressed(n: Notice::Info) { ++supp; }
event new_connection(c: connection) { NOTICE([$note=Seen, $conn=c, $msg="x", $identifier="one"]); }
event zeek_done() { print supp; }
`;
    const r = runZeekScript(script, ['-C', '-b', '-r', join(ZEEK_TRACES, 'var-services-std-ports.pcap')]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const ts = logIn(r.cwd, 'notice').rows.map((x) => Number(x.ts));
    // 2 s of suppression, ended by the expiry sweep (table_expire_interval, 10 s of network time) as in Zeek.
    expect(ts.length).toBeGreaterThan(1);
    for (let i = 1; i < ts.length; i++) expect(ts[i] - ts[i - 1]).toBeGreaterThanOrEqual(2);
    expect(Number(r.stdout.trim()) + ts.length).toBe(38);
  });
});
