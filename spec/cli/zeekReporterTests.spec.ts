/**
 * End-to-end: the reporter (docs/reporter.md) — `Reporter::*` built-ins, the `reporter_*` events, reporter.log,
 * script-raised weirds — run through `bin/rxbro` the way Zeek's core btests run `zeek` (`zeek` → `rxbro run
 * --deterministic`, TZ=UTC, ZEEK_ALLOW_INIT_ERRORS=1, `%INPUT` → test.zeek in a scratch folder). Where a
 * stored Zeek test is older than the language (`bro_init`, `! count`), the script is its modern spelling.
 * docs/zeek-core.md lists the tests and their states.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BTEST_TRACES, lines, runZeekScript } from './cliRun';

const REPORTER_SCRIPT = `event zeek_init()
{
    Reporter::info("init test-info");
    Reporter::warning("init test-warning");
    Reporter::error("init test-error");
}

event zeek_done()
{
    Reporter::info("done test-info");
    Reporter::warning("done test-warning");
    Reporter::error("done test-error");
}

global first = 1;

event connection_established(c: connection)
{
    if ( first == 0 )
        return;

    print "established";

    Reporter::info("processing test-info");
    Reporter::warning("processing test-warning");
    Reporter::error("processing test-error");
    first = 0;
}

global f = open_log_file("logger-test");

event reporter_info(t: time, msg: string, location: string)
	{
    print f, fmt("reporter_info|%s|%s|%.6f", msg, location, t);
    }

event reporter_warning(t: time, msg: string, location: string)
	{
    print f, fmt("reporter_warning|%s|%s|%.6f", msg, location, t);
    }

event reporter_error(t: time, msg: string, location: string)
	{
    print f, fmt("reporter_error|%s|%s|%.6f", msg, location, t);
    }

Reporter::info("pre test-info");
Reporter::warning("pre test-warning");
Reporter::error("pre test-error");
`;

describe('Zeek core tests: the reporter', () => {
  it('core.reporter: stderr before/while/after zeek_init, reporter_* events from the start-up drain on', () => {
    const r = runZeekScript(REPORTER_SCRIPT, ['-b', '-r', join(BTEST_TRACES, 'http', 'get.pcap')]);
    expect([r.status, r.stdout]).toEqual([0, 'established\n']);
    // Top-level statements: stderr only (no events yet); zeek_init: both; later: stderr (the options are T)
    // with the network time in front once a packet was seen.
    expect(lines(r.stderr)).toEqual([
      'test.zeek, line 47: pre test-info',
      'warning in test.zeek, line 48: pre test-warning',
      'error in test.zeek, line 49: pre test-error',
      'test.zeek, line 3: init test-info',
      'warning in test.zeek, line 4: init test-warning',
      'error in test.zeek, line 5: init test-error',
      '1362692526.939084 test.zeek, line 24: processing test-info',
      '1362692526.939084 warning in test.zeek, line 25: processing test-warning',
      '1362692526.939084 error in test.zeek, line 26: processing test-error',
      '1362692527.080972 test.zeek, line 10: done test-info',
      '1362692527.080972 warning in test.zeek, line 11: done test-warning',
      '1362692527.080972 error in test.zeek, line 12: done test-error',
    ]);
    // Before the first packet network time is 0, so the event's time is the wall clock.
    const log = lines(readFileSync(join(r.cwd, 'logger-test.log'), 'latin1')).map((l) =>
      l.replace(/\|(\d+\.\d+)$/, (_m, t: string) => (Number(t) > 1.7e9 ? '|<wall clock>' : `|${t}`)),
    );
    expect(log).toEqual([
      'reporter_info|init test-info|test.zeek, line 3|<wall clock>',
      'reporter_warning|init test-warning|test.zeek, line 4|<wall clock>',
      'reporter_error|init test-error|test.zeek, line 5|<wall clock>',
      'reporter_info|processing test-info|test.zeek, line 24|1362692526.939084',
      'reporter_warning|processing test-warning|test.zeek, line 25|1362692526.939084',
      'reporter_error|processing test-error|test.zeek, line 26|1362692526.939084',
      'reporter_info|done test-info|test.zeek, line 10|1362692527.080972',
      'reporter_warning|done test-warning|test.zeek, line 11|1362692527.080972',
      'reporter_error|done test-error|test.zeek, line 12|1362692527.080972',
    ]);
  });

  it('core.reporter-error-in-handler: an error inside reporter_error goes to stderr, not round again', () => {
    const r = runZeekScript(
      `global a: table[count] of count;

global c = 0;

event reporter_error(t: time, msg: string, location: string)
{
    c += 1;

    if ( c > 1 )
        print "FAILED: 2nd error reported to script as well.";

    else
    	{
        print "1st error printed on script level";
        print a[2];
        }
}

event zeek_init()
{
    print a[1];
}
`,
      [],
    );
    // Baseline core.reporter-error-in-handler/output (stderr, then the buffered stdout).
    expect(r.status).toBe(0);
    expect(lines(r.stderr)).toEqual([
      'expression error in test.zeek, line 21: no such index (a[1])',
      'expression error in test.zeek, line 15: no such index (a[2])',
    ]);
    expect(r.stdout).toBe('1st error printed on script level\n');
  });

  it('the *_to_stderr options silence stderr after zeek_init; the events still come', () => {
    const r = runZeekScript(
      `redef Reporter::info_to_stderr = F;
redef Reporter::errors_to_stderr = F;
global a: table[count] of count;
event zeek_init() { Reporter::info("at init"); }
event new_connection(c: connection) { Reporter::info("new"); Reporter::warning("warn"); print a[1]; }
event reporter_error(t: time, msg: string, location: string) { print "E", t, msg, location; }
event reporter_info(t: time, msg: string, location: string) { if ( msg != "at init" ) print "I", t, msg, location; }
`,
      ['-b', '-r', join(BTEST_TRACES, 'http', 'get.pcap')],
    );
    expect(r.status).toBe(0);
    expect(lines(r.stderr)).toEqual([
      'test.zeek, line 4: at init',
      '1362692526.869344 warning in test.zeek, line 5: warn',
    ]);
    expect(lines(r.stdout)).toEqual([
      'I, 1362692526.869344, new, test.zeek, line 5',
      'E, 1362692526.869344, no such index (a[1]), test.zeek, line 5',
    ]);
  });

  it('a message from a call spanning lines is located at `lines N-M`', () => {
    const r = runZeekScript('event zeek_init()\n\t{\n\tReporter::warning(fmt("%s",\n\t\t"two lines"));\n\t}\n', ['-b']);
    expect(r.stderr).toBe('warning in test.zeek, lines 3-4: two lines\n');
  });

  it('Reporter::error in zeek_init counts as an initialization error', () => {
    const r = runZeekScript('event zeek_init() { Reporter::error("bad config"); }\nevent zeek_done() { print "done"; }\n', ['-b'], {
      allowInitErrors: false,
    });
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(lines(r.stderr)).toEqual(['error in test.zeek, line 1: bad config', 'fatal error: errors occurred while initializing']);
  });

  it('Reporter::fatal ends the run at once with status 1 (no zeek_done); fatal_error_with_core with 134', () => {
    const r = runZeekScript(
      `event new_connection(c: connection) { print "conn"; Reporter::fatal("giving up"); print "not reached"; }
event zeek_done() { print "not reached"; }
`,
      ['-b', '-r', join(BTEST_TRACES, 'http', 'get.pcap')],
    );
    expect([r.status, r.stdout]).toEqual([1, 'conn\n']);
    expect(r.stderr).toBe('1362692526.869344 fatal error in test.zeek, line 1: giving up\n');
    const core = runZeekScript('event zeek_init() { Reporter::fatal_error_with_core("core"); }\n', ['-b']);
    expect([core.status, core.stderr]).toEqual([134, 'fatal error in test.zeek, line 1: core\n']);
  });
});

describe('Zeek core tests: reporter.log', () => {
  it('core.expr-exception (-b, base/frameworks/reporter): one reporter.log row per failed handler body', () => {
    // c$ftp comes from Zeek's FTP script; a redef'd optional field fails the same way.
    const r = runZeekScript(
      `redef record connection += { ftp: string &optional; };

event connection_established(c: connection)
	{
	print c$ftp;
	print "not reached";
	}

event connection_established(c: connection)
	{
	if ( c?$ftp )
		print c$ftp;
	else
		print "ftp field missing";
	}

event connection_established(c: connection)
	{
	print c$id;
	}
`,
      ['-b', '-r', join(BTEST_TRACES, 'wikipedia.pcap'), 'base/frameworks/reporter'],
    );
    expect(r.status).toBe(0);
    // Baseline core.expr-exception/output (conn_id printed with proto and ctx, engine.md 2.3).
    const ports = ['48649 208.80.152.118', '49997 208.80.152.3', '49996 208.80.152.3', '49998 208.80.152.3',
      '50000 208.80.152.3', '49999 208.80.152.3', '50001 208.80.152.3', '35642 208.80.152.2'];
    const expected = ports.flatMap((p) => {
      const [port, resp] = p.split(' ');
      return ['ftp field missing', `[orig_h=141.142.220.118, orig_p=${port}/tcp, resp_h=${resp}, resp_p=80/tcp, proto=6, ctx=[]]`];
    });
    expected.push('ftp field missing', '[orig_h=141.142.220.235, orig_p=6705/tcp, resp_h=173.192.163.128, resp_p=80/tcp, proto=6, ctx=[]]');
    expect(lines(r.stdout)).toEqual(expected);
    // Baseline core.expr-exception/reporter.log: the same nine times; the message in today's form.
    const times = ['1300475168.783842', '1300475168.915940', '1300475168.916118', '1300475168.918295', '1300475168.952193',
      '1300475168.952228', '1300475168.954761', '1300475168.962628', '1300475169.780331'];
    const log = lines(readFileSync(join(r.cwd, 'reporter.log'), 'latin1')).filter((l) => !l.startsWith('#open') && !l.startsWith('#close'));
    expect(log).toEqual([
      '#separator \\x09', '#set_separator\t,', '#empty_field\t(empty)', '#unset_field\t-', '#path\treporter',
      '#fields\tts\tlevel\tmessage\tlocation', '#types\ttime\tenum\tstring\tstring',
      ...times.map((t) => `${t}\tReporter::ERROR\tfield value missing (c$ftp)\ttest.zeek, line 5`),
    ]);
    expect(lines(r.stderr)).toEqual(times.map((t) => `${t} expression error in test.zeek, line 5: field value missing (c$ftp)`));
  });

  it('a default run writes reporter.log for every level; an empty location is (empty); no messages, no file', () => {
    const r = runZeekScript(
      `event zeek_init() { Reporter::info("hello"); }
event new_connection(c: connection) { Reporter::warning("careful"); }
event zeek_done() { Reporter::error("bye"); }
`,
      ['-r', join(BTEST_TRACES, 'http', 'get.pcap')],
    );
    expect(r.status).toBe(0);
    const rows = lines(readFileSync(join(r.cwd, 'reporter.log'), 'latin1')).filter((l) => !l.startsWith('#'));
    expect(rows.map((l) => l.replace(/^\d+\.\d+/, 'T'))).toEqual([
      'T\tReporter::INFO\thello\ttest.zeek, line 1',
      'T\tReporter::WARNING\tcareful\ttest.zeek, line 2',
      'T\tReporter::ERROR\tbye\ttest.zeek, line 3',
    ]);
    expect(rows[1].startsWith('1362692526.869344\t')).toBe(true);
    const quiet = runZeekScript('event zeek_init() { print "ok"; }\n', ['-r', join(BTEST_TRACES, 'http', 'get.pcap')]);
    expect(existsSync(join(quiet.cwd, 'reporter.log'))).toBe(false);
    const bare = runZeekScript('event zeek_init() { Reporter::warning("w"); }\n', ['-b']);
    expect(existsSync(join(bare.cwd, 'reporter.log'))).toBe(false);
  });

  it("the engine's own warnings are logged too; one without a location has location (empty)", () => {
    const r = runZeekScript('event zeek_init() { local c: count = 0; c = c - 1; print strptime("%Y", "xx"); }\n', []);
    const rows = lines(readFileSync(join(r.cwd, 'reporter.log'), 'latin1')).filter((l) => !l.startsWith('#'));
    expect(rows.map((l) => l.split('\t').slice(1))).toEqual([
      ['Reporter::WARNING', 'count underflow (c - 1)', 'test.zeek, line 1'],
      ['Reporter::WARNING', 'strptime conversion failed: fmt:%Y d:xx', '(empty)'],
    ]);
    expect(lines(r.stderr)).toEqual([
      'expression warning in test.zeek, line 1: count underflow (c - 1)',
      'warning: strptime conversion failed: fmt:%Y d:xx',
    ]);
  });
});

const WEIRD_SAMPLING_SCRIPT = `redef Weird::sampling_duration = 5sec;
redef Weird::sampling_threshold = 10;
redef Weird::sampling_rate = 10;
redef Weird::sampling_whitelist = set("whitelisted_net_weird",
                                      "whitelisted_flow_weird",
                                      "whitelisted_conn_weird");

event conn_weird(name: string, c: connection, addl: string)
	{
	print "conn_weird", name;
	}

event flow_weird(name: string, src: addr, dst: addr, addl: string)
	{
	print "flow_weird", name;
	}

event net_weird(name: string, addl: string)
	{
	print "net_weird", name;
	}

event gen_weirds(c: connection)
	{
	local num = 30;

	while ( num != 0 )
		{
		Reporter::net_weird("my_net_weird");
		Reporter::flow_weird("my_flow_weird", c$id$orig_h, c$id$resp_h);
		Reporter::conn_weird("my_conn_weird", c);

		Reporter::net_weird("whitelisted_net_weird");
		Reporter::flow_weird("whitelisted_flow_weird", c$id$orig_h, c$id$resp_h);
		Reporter::conn_weird("whitelisted_conn_weird", c);
		--num;
		}
	}

global did_one_connection = F;

event new_connection(c: connection)
	{
	if ( did_one_connection )
		return;

	did_one_connection = T;
	event gen_weirds(c);             # should permit 10 + 2 of each "my" weird
	schedule 2sec { gen_weirds(c) }; # should permit 3 of each "my" weird
	schedule 7sec { gen_weirds(c) }; # should permit 10 + 2 of each "my" weird
	# Total of 27 "my" weirds of each type and 90 of each "whitelisted" type
	}
`;

describe('Zeek core tests: script-raised weirds', () => {
  it('core.reporter-weird-sampling: 27 of each rate-limited weird, 90 of each whitelisted one', () => {
    // The test reads http/bro.org.pcap (not among our traces); wikipedia.pcap also lasts past the 7 s event.
    const r = runZeekScript(WEIRD_SAMPLING_SCRIPT, ['-b', '-r', join(BTEST_TRACES, 'wikipedia.pcap')]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const count = (l: string) => lines(r.stdout).filter((x) => x === l).length;
    expect(['my_conn_weird', 'my_flow_weird', 'my_net_weird'].map((n) => count(`${n.replace(/^my_(\w+)_weird$/, '$1')}_weird, ${n}`))).toEqual([27, 27, 27]);
    expect(['conn', 'flow', 'net'].map((k) => count(`${k}_weird, whitelisted_${k}_weird`))).toEqual([90, 90, 90]);
  });

  it('Reporter::conn_weird/net_weird reach weird.log; a removed connection\'s is expired_conn_weird (T, as Zeek); the sampling getters and setters', () => {
    const r = runZeekScript(
      `global done = F;
event connection_state_remove(c: connection) { if ( ! done ) { done = T; print "after removal", Reporter::conn_weird("late_weird", c); } }
event new_connection(c: connection) { if ( ! done ) print "live", Reporter::conn_weird("my_weird", c, "extra", "SCRIPT"); }
event zeek_init()
	{
	print Reporter::net_weird("init_net_weird");
	print Reporter::get_weird_sampling_threshold(), Reporter::get_weird_sampling_rate(), Reporter::get_weird_sampling_duration();
	Reporter::set_weird_sampling_threshold(1);
	Reporter::set_weird_sampling_global_list(set("g"));
	print Reporter::get_weird_sampling_threshold(), |Reporter::get_weird_sampling_global_list()|, |Reporter::get_weird_sampling_whitelist()|;
	}
`,
      ['-r', join(BTEST_TRACES, 'http', 'get.pcap')],
    );
    // At connection_state_remove the connection has left the session table (Zeek raises the event after
    // removing it), so the weird is an expired_conn_weird; Zeek's Reporter::conn_weird always returns T.
    expect(lines(r.stdout)).toEqual(['T', '25, 1000, 10.0 mins', '1, 1, 0', 'live, T', 'after removal, T']);
    const weird = lines(readFileSync(join(r.cwd, 'weird.log'), 'latin1')).filter((l) => !l.startsWith('#'));
    expect(weird).toEqual([
      '0.000000\t-\t-\t-\t-\t-\tinit_net_weird\t-\tF\tzeek\t-',
      '1362692526.869344\tCHhAvVGS1DHFjwGM9\t141.142.228.5\t59856\t192.150.187.43\t80\tmy_weird\textra\tF\tzeek\tSCRIPT',
      '1362692527.080972\tCHhAvVGS1DHFjwGM9\t141.142.228.5\t59856\t192.150.187.43\t80\tlate_weird\t-\tF\tzeek\t-',
    ]);
  });

  it('core.empty_conn_weird: a made-up connection record names no connection; the run goes on', () => {
    const r = runZeekScript(
      `event zeek_init()
{
        local x: connection;
        x$uid = "uid";

        Reporter::conn_weird("foo", x);
        print "done";
}
`,
      ['-b'],
    );
    expect([r.status, r.stdout, r.stderr]).toEqual([0, 'done\n', '']);
  });
});

describe('Zeek core tests: errors found while compiling (docs/zeek-core.md: differs in form)', () => {
  it.each([
    ['core.reporter-fmt-strings', 'event zeek_init()\n\t{\n\tevent dont_interpret_this("%s");\n\t}\n', 'test.zeek:3:8: error: unknown event: dont_interpret_this'],
    ['core.reporter-parse-error', 'event zeek_init()\n\t{\n\tprint TESTFAILURE;\n\t}\n', 'test.zeek:3:8: error: unknown identifier TESTFAILURE'],
    ['core.reporter-type-mismatch', 'event foo(a: string)\n{\n}\n\nevent zeek_init()\n{\n    event foo(42);\n}\n', 'test.zeek:7:15: error: type clash: count is not string'],
  ])('%s: status 1, one diagnostic with the source line', (_name, script, first) => {
    const r = runZeekScript(script, ['-b']);
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(lines(r.stderr)[0]).toBe(first);
  });
});

