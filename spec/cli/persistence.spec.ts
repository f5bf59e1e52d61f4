/**
 * End-to-end: `&persistent` state across runs of `bin/rxbro` (language.md §9.1), compared with what
 * Bro 1.5.3 printed for the same script (`../shared/reference/bro-1.5.3/persistent/`).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO, rxbro, ZEEK_TRACES } from './cliRun';

const REFERENCE = resolve(REPO, '..', 'shared', 'reference', 'bro-1.5.3', 'persistent');

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rxbro-state-'));
  copyFileSync(join(REFERENCE, 'p.bro'), join(dir, 'p.bro'));
  return dir;
}

describe('&persistent across runs', () => {
  test('p.bro run twice prints what Bro 1.5.3 printed (runs.txt)', () => {
    const cwd = scratch();
    let transcript = '';
    for (const n of [1, 2]) {
      const r = rxbro(['run', '-b', 'p.bro'], { cwd });
      expect(r.stderr).toBe('');
      transcript += `== run ${n}\n${r.stdout}rc=${r.status}\n`;
    }
    expect(transcript).toBe(readFileSync(join(REFERENCE, 'runs.txt'), 'latin1'));
    const lines = readFileSync(join(cwd, '.state', 'state.bst'), 'utf8').split('\n');
    expect(lines.slice(1)).toEqual([
      '{"id":"nruns","type":"count","t":"count","attrs":["&persistent"],"value":2}',
      '{"id":"seen","type":"set[string]","t":{"set":["string"]},"attrs":["&persistent"],"value":[{"k":["run-1"]},{"k":["run-2"]}]}',
      '{"end":2}',
      '',
    ]);
  });

  test('-x prints the file as Bro 1.5.3 did (x.txt): Date on stderr, then one ID line each', () => {
    const cwd = scratch();
    rxbro(['run', '-b', 'p.bro'], { cwd });
    rxbro(['p.bro'], { cwd }); // Bro's spelling without "run"
    const r = rxbro(['-x', '.state/state.bst', 'p.bro'], { cwd });
    const ref = readFileSync(join(REFERENCE, 'x.txt'), 'latin1').split('\n');
    expect(r.stderr).toMatch(/^Date: (Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}\n$/);
    expect(`${r.stdout}rc=${r.status}`).toBe(ref.slice(1).join('\n').trimEnd());
    expect(rxbro(['run', '-x', '.state/state.bst'], { cwd }).stdout).toBe(r.stdout);
  });

  test('-x of a corrupt file: one error line, exit 1', () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'bad.bst'), '{"format":"rxbro-state","version":1,"date":1}\n{"id":"n","type":"count","t":"count","attrs":[],"value":1}\n');
    const r = rxbro(['-x', 'bad.bst'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('rxbro: bad.bst:3: truncated: no end line\n');
  });

  test('state_dir is where the file goes (redef)', () => {
    const cwd = scratch();
    rxbro(['run', '-b', 'p.bro', 'state_dir="my-state"'], { cwd });
    expect(readFileSync(join(cwd, 'my-state', 'state.bst'), 'utf8')).toContain('"nruns"');
  });

  test('a &read_expire entry written in run 1 expires at the right network time in run 2', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rxbro-state-'));
    writeFileSync(join(cwd, 'exp.bro'), `
redef exit_only_after_terminate = T;
global seen: set[string] &read_expire = 30 secs &persistent;
global run: count = 0 &persistent;
event check() { print fmt("%.1f |seen|=%d", network_time(), |seen|); }
event stop() { terminate(); }
event bro_init()
	{
	if ( ++run == 1 ) { add seen["x"]; schedule 1 sec { stop() }; return; }
	schedule 10 secs { check() };
	schedule 25 secs { check() };
	schedule 35 secs { check() };
	schedule 45 secs { stop() };
	}
`);
    expect(rxbro(['run', '-b', '--start-time', '1000', 'exp.bro'], { cwd }).status).toBe(0);
    expect(readFileSync(join(cwd, '.state', 'state.bst'), 'utf8')).toContain('"value":[{"k":["x"],"a":1000}]');
    // Run 2 starts at 1010: the entry is due at 1000 + 30; sweeps run at 1010, 1020, 1030, 1040.
    const r = rxbro(['run', '-b', '--start-time', '1010', 'exp.bro'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1020.0 |seen|=1\n1035.0 |seen|=1\n1045.0 |seen|=0\n');
  });

  test('trace mode: a saved entry already due before the trace starts is gone at the first packet', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rxbro-state-'));
    writeFileSync(join(cwd, 'te.bro'), `
global seen: set[string] &read_expire = 5.5 secs &persistent;
global runs: count = 0 &persistent;
event bro_init() { if ( ++runs == 1 ) add seen["x"]; }
event new_connection(c: connection) { print fmt("%.6f new |seen|=%d", network_time(), |seen|); }
`);
    rxbro(['run', '-b', '--start-time', '1362692521', 'te.bro'], { cwd }); // read at ...521, due ...526.5
    const r = rxbro(['run', '-b', '-C', '-r', join(ZEEK_TRACES, 'http-get.pcap'), 'te.bro'], { cwd });
    expect(r.stdout).toBe('1362692526.869344 new |seen|=0\n'); // the first sweep, at the first packet, removed it
    // Without the first run's age it would still be there: a fresh run adds and keeps it.
    rmSync(join(cwd, '.state'), { recursive: true });
    const fresh = rxbro(['run', '-b', '-C', '-r', join(ZEEK_TRACES, 'http-get.pcap'), 'te.bro'], { cwd });
    expect(fresh.stdout).toBe('1362692526.869344 new |seen|=1\n');
  });

  test.each([
    ['cut inside a record', (t: string) => t.slice(0, 150), /^rxbro: \.state\/state\.bst:3: not a JSON line: .*\n$/],
    ['cut at a line end', (t: string) => t.split('\n').slice(0, 2).join('\n') + '\n', /^rxbro: \.state\/state\.bst:3: truncated: no end line\n$/],
    ['a value of the wrong kind', (t: string) => t.replace('"value":2', '"value":"two"'), /^rxbro: \.state\/state\.bst:2: nruns: "two" is not a count\n$/],
  ])('a corrupt state file (%s): one error line, exit 1, file left byte-identical', (_name, spoil, message) => {
    const cwd = scratch();
    rxbro(['run', '-b', 'p.bro'], { cwd });
    rxbro(['run', '-b', 'p.bro'], { cwd });
    const path = join(cwd, '.state', 'state.bst');
    const bad = Buffer.from(spoil(readFileSync(path, 'utf8')), 'utf8');
    writeFileSync(path, bad);
    const r = rxbro(['run', '-b', 'p.bro'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(readFileSync(path).equals(bad)).toBe(true);
  });

  test('an identifier whose type changed is skipped with a warning naming it; the rest loads', () => {
    const cwd = scratch();
    rxbro(['run', '-b', 'p.bro'], { cwd });
    writeFileSync(join(cwd, 'p2.bro'), readFileSync(join(cwd, 'p.bro'), 'latin1').replace('global nruns: count', 'global nruns: int'));
    const r = rxbro(['run', '-b', 'p2.bro'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('warning: .state/state.bst: nruns was saved as count but is now int; not loaded\n');
    expect(r.stdout).toBe('nruns=1\n{\nrun-1\n}\n'); // the set kept run-1 and re-added it
  });

  test('@load checkpoint: state written every state_checkpoint_interval, the first one skipped; exit() keeps the last', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rxbro-state-'));
    writeFileSync(join(cwd, 'cp.bro'), `
@load checkpoint
redef state_checkpoint_interval = 1 sec;
redef state_rescan_interval = 0 secs;
global pkts: count = 0 &persistent;
global first = double_to_time(0.0);
event new_packet(c: connection, p: pkt_hdr)
	{
	++pkts;
	if ( first == double_to_time(0.0) ) first = network_time();
	if ( network_time() - first > 3.5 secs ) { print fmt("exit at %d packets", pkts); exit(0); }
	}
event state_checkpoint() { print fmt("%.6f checkpoint, pkts=%d", network_time(), pkts); }
`);
    const r = rxbro(['run', '-b', '-r', join(ZEEK_TRACES, 'wikipedia.pcap'), 'cp.bro'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '1300475167.096535 checkpoint, pkts=0\n1300475168.652003 checkpoint, pkts=3\n' +
        '1300475169.780331 checkpoint, pkts=108\n1300475170.811500 checkpoint, pkts=110\nexit at 111 packets\n',
    );
    // exit() skips the termination write: the file holds the last checkpoint (110), not 0 from the skipped first one.
    expect(readFileSync(join(cwd, '.state', 'state.bst'), 'utf8')).toContain('{"id":"pkts","type":"count","t":"count","attrs":["&persistent"],"value":110}');
  });

  test('make_connection_persistent and &synchronized are accepted', () => {
    const r = rxbro(['run', '-b', '-r', join(ZEEK_TRACES, 'http-get.pcap'), '-e', 'event connection_established(c: connection) { make_connection_persistent(c); print "ok"; }']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('ok\n');
  });
});
