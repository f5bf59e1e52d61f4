/**
 * End-to-end, the logging framework (docs/logging.md) through `bin/rxbro`: Zeek's hooks test (its seven parts,
 * which btestLite cannot split), the modes every run has (bare and default, `--json`, `LogAscii::use_json`), a
 * stream written from connection events on a real trace, and bad uses that must not crash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lines, logLines, runZeekScript, ZEEK_TRACES } from './cliRun';

/** The harness of Zeek's scripts.base.frameworks.logging.hooks (its test.zeek part). */
const HOOKS_HARNESS = `
module Test;
export {
	redef enum Log::ID += { LOG, LOG_OTHER };
	global log_policy: Log::PolicyHook;
	type Info: record {
		t: time;
		status: string;
	} &log;
}
event zeek_init() &priority=2
	{
	Log::create_stream(Test::LOG, [$columns=Info, $path="test", $policy=log_policy]);
	Log::create_stream(Test::LOG_OTHER, [$columns=Info, $path="test_other"]);
	}
module GLOBAL;
`;

/** The statuses written to test.log and other.log. */
function statuses(dir: string): { test?: string[]; other?: string[] } {
  const col = (r: string[] | undefined) => r?.map((l) => l.split('\t')[1]);
  return { test: col(logLines(dir, 'test.log')), other: col(logLines(dir, 'other.log')) };
}

describe('scripts.base.frameworks.logging.hooks: policy hooks on log filters (each part of the test)', () => {
  const run = (part: string) => {
    const r = runZeekScript(HOOKS_HARNESS + part, ['-b']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    return statuses(r.cwd);
  };

  it('1: the hook sees the stream id and the filter, and lets the row through', () => {
    expect(run(`hook Test::log_policy(rec: Test::Info, id: Log::ID, filter: Log::Filter)
	{ if ( id != Test::LOG || filter$name != "default" ) break; }
event zeek_init() { Log::write(Test::LOG, [$t=network_time(), $status="foo"]); }`)).toEqual({ test: ['foo'] });
  });

  it('2: a break vetoes one row', () => {
    expect(run(`hook Test::log_policy(rec: Test::Info, id: Log::ID, filter: Log::Filter) { if ( rec$status == "foo" ) break; }
event zeek_init() { Log::write(Test::LOG, [$t=network_time(), $status="foo"]); Log::write(Test::LOG, [$t=network_time(), $status="bar"]); }`)).toEqual({ test: ['bar'] });
  });

  it('3: the hook may change the row', () => {
    expect(run(`hook Test::log_policy(rec: Test::Info, id: Log::ID, filter: Log::Filter) { rec$status = "bar"; }
event zeek_init() { Log::write(Test::LOG, [$t=network_time(), $status="foo"]); }`)).toEqual({ test: ['bar'] });
  });

  it('4: handlers run by priority', () => {
    expect(run(`hook Test::log_policy(rec: Test::Info, id: Log::ID, filter: Log::Filter) &priority=10 { if ( rec$status == "foo" ) rec$status = "baz"; }
hook Test::log_policy(rec: Test::Info, id: Log::ID, filter: Log::Filter) &priority=20 { rec$status = "bar"; }
event zeek_init() { Log::write(Test::LOG, [$t=network_time(), $status="foo"]); }`)).toEqual({ test: ['bar'] });
  });

  it("5: a filter added later inherits the stream's policy", () => {
    expect(run(`hook Test::log_policy(rec: Test::Info, id: Log::ID, filter: Log::Filter)
	{ if ( filter$name == "default" ) rec$status = "bar"; if ( filter$name == "other" ) rec$status = "baz"; }
event zeek_init() { Log::add_filter(Test::LOG, [$name="other", $path="other"]); Log::write(Test::LOG, [$t=network_time(), $status="foo"]); }`)).toEqual({
      test: ['bar'],
      other: ['baz'],
    });
  });

  it("6: a filter's own policy overrides the stream's", () => {
    expect(run(`hook Test::log_policy(rec: Test::Info, id: Log::ID, filter: Log::Filter) { if ( rec$status == "foo" ) break; }
hook log_policy_permissible(rec: Test::Info, id: Log::ID, filter: Log::Filter) { }
event zeek_init()
	{
	Log::add_filter(Test::LOG, [$name="other", $path="other", $policy=log_policy_permissible]);
	Log::write(Test::LOG, [$t=network_time(), $status="foo"]);
	Log::write(Test::LOG, [$t=network_time(), $status="bar"]);
	}`)).toEqual({ test: ['bar'], other: ['foo', 'bar'] });
  });

  it('7: a filter brings its own policy to a stream without one', () => {
    expect(run(`hook my_log_policy(rec: Test::Info, id: Log::ID, filter: Log::Filter) { if ( rec$status == "foo" ) break; }
event zeek_init()
	{
	local filter = Log::get_filter(Test::LOG_OTHER, "default");
	filter$path = "test";
	filter$policy = my_log_policy;
	Log::add_filter(Test::LOG_OTHER, filter);
	Log::write(Test::LOG_OTHER, [$t=network_time(), $status="foo"]);
	Log::write(Test::LOG_OTHER, [$t=network_time(), $status="bar"]);
	}`)).toEqual({ test: ['bar'] });
  });
});

const SIMPLE = `
module Foo;
export {
	redef enum Log::ID += { LOG };
	type Info: record {
		n: count &log;
		d: double &log;
		s: string &log &optional;
	};
}
event zeek_init()
	{
	Log::create_stream(Foo::LOG, [$columns=Info]);
	Log::write(Foo::LOG, [$n=1, $d=2.5, $s="x"]);
	Log::write(Foo::LOG, [$n=2, $d=3.0]);
	}
`;

describe('script logs in every kind of run', () => {
  it('core.enum-redef-exists: Log::ID is declared in bare mode', () => {
    const r = runZeekScript('module SSH;\nexport {\n\tredef enum Log::ID += { LOG };\n}\n', ['-b']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('bare and default runs both write foo.log (the path from the id)', () => {
    for (const args of [['-b'], []]) {
      const r = runZeekScript(SIMPLE, args);
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(lines(readFileSync(join(r.cwd, 'foo.log'), 'latin1')).filter((l) => !/^#(open|close)/.test(l))).toEqual([
        '#separator \\x09',
        '#set_separator\t,',
        '#empty_field\t(empty)',
        '#unset_field\t-',
        '#path\tfoo',
        '#fields\tn\td\ts',
        '#types\tcount\tdouble\tstring',
        '1\t2.5\tx',
        '2\t3.0\t-',
      ]);
    }
  });

  it('--json and LogAscii::use_json=T write JSON lines, unset fields left out', () => {
    for (const [args, after] of [[['-b', '--json'], []], [['-b'], ['LogAscii::use_json=T']]]) {
      const r = runZeekScript(SIMPLE, args, { after });
      expect(r.status).toBe(0);
      expect(lines(readFileSync(join(r.cwd, 'foo.log'), 'latin1'))).toEqual(['{"n":1,"d":2.5,"s":"x"}', '{"n":2,"d":3.0}']);
    }
  });

  it('a stream written from connection events: one row per connection of http/get.trace, uids as in conn.log', () => {
    const r = runZeekScript(
      `module Seen;
export {
	redef enum Log::ID += { LOG };
	type Info: record {
		uid: string &log;
		id: conn_id &log;
		history: string &log;
		service: set[string] &log;
	};
	global log_seen: event(rec: Info);
}
global n = 0;
event log_seen(rec: Info) { ++n; }
event zeek_init() { Log::create_stream(Seen::LOG, [$columns=Info, $ev=log_seen, $path="seen"]); }
event connection_state_remove(c: connection)
	{
	Log::write(Seen::LOG, [$uid=c$uid, $id=c$id, $history=c$history, $service=c$service]);
	}
event zeek_done() { print fmt("%d rows", n); }
`,
      ['-C', '-r', join(ZEEK_TRACES, 'http-get.pcap')],
    );
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', '1 rows\n']);
    const conn = logLines(r.cwd, 'conn.log')!.map((l) => l.split('\t'));
    const seen = logLines(r.cwd, 'seen.log')!.map((l) => l.split('\t'));
    expect(seen.map((f) => f.slice(0, 6))).toEqual(conn.map((f) => f.slice(1, 6)).map((f, i) => [...f, conn[i][15]]));
    expect(readFileSync(join(r.cwd, 'seen.log'), 'latin1')).toContain('#fields\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\thistory\tservice\n');
  });

  it('writing to a stream that does not exist is F; a non-record is an error, not a crash', () => {
    const r = runZeekScript(
      `module Foo;
export { redef enum Log::ID += { LOG, NOPE }; type Info: record { n: count &log; }; }
event zeek_init()
	{
	print Log::write(Foo::NOPE, [$n=1]);
	Log::create_stream(Foo::LOG, [$columns=Info]);
	print Log::write(Foo::LOG, 5);
	print Log::write(Foo::LOG, [$n=2]);
	}
`,
      ['-b'],
    );
    expect([r.status, r.stdout]).toEqual([0, 'F\nF\nT\n']);
    expect(r.stderr).toContain('incompatible log record type');
    expect(logLines(r.cwd, 'foo.log')).toEqual(['2']);
  });
});
