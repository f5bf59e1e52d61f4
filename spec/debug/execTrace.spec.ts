/**
 * End-to-end: `rxbro run -t` on http-get.pcap with the scripts of the Bro 1.5.3 reference
 * (`../shared/reference/bro-1.5.3/exec-trace/`), compared line by line for the lines the user's script makes.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO, rxbro, ZEEK_TRACES } from '../cli/cliRun';

const REF = resolve(REPO, '..', 'shared', 'reference', 'bro-1.5.3');
const TRACE = join(ZEEK_TRACES, 'http-get.pcap');

/** A scratch folder holding the reference's script, so trace lines name it `csr.bro` as ours do. */
function scratchWith(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rxbro-trace-'));
  copyFileSync(join(REF, script), join(dir, script));
  return dir;
}

/** The shape Bro and we must agree on: time, file:line, indentation and the text up to the first argument. */
function shape(line: string): string {
  return line.replace('<build-dir>/', './').replace(/\([\s\S]*$/, '(').replace(/Function return: [\s\S]*$/, 'Function return: ');
}

describe('rxbro run -t (execution tracing)', () => {
  test('t.bro: "Execution tracing ON." on stderr, bro_init traced at network time 0', () => {
    const cwd = scratchWith('t.bro');
    const r = rxbro(['run', '-b', '-r', TRACE, '-t', 'exec.log', 't.bro'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('hi\n');
    expect(r.stderr).toBe('Execution tracing ON.\n');
    expect(readFileSync(join(cwd, 'exec.log'), 'latin1')).toBe('0.000000 ./t.bro:1\tevent called: bro_init()\n');
  });

  test('csr.bro: the user script lines match the reference in time, location, depth and calls', () => {
    const cwd = scratchWith('csr.bro');
    const r = rxbro(['run', '-b', '-r', TRACE, '-t', 'exec-csr.log', 'csr.bro'], { cwd });
    expect(r.status).toBe(0);
    const ours = readFileSync(join(cwd, 'exec-csr.log'), 'latin1');
    const ref = readFileSync(join(REF, 'exec-trace', 'exec-csr.log'), 'latin1');
    // Records hold newlines (`service={\n\n}`): compare logical lines, which start with a time stamp.
    const logical = (t: string) => t.split(/\n(?=\d+\.\d{6} )/).filter((l) => l.trim() !== '');
    const refUser = logical(ref).filter((l) => l.includes('<build-dir>/csr.bro'));
    expect(logical(ours).map(shape)).toEqual(refUser.map(shape));
    expect(ours).toContain("\t\tBuiltin Function called: fmt(va_args = '%s %s %s %s %s %s %s %s', vararg0 = '1362692526.869344', vararg1 = '[orig_h=141.142.228.5, orig_p=59856/tcp, resp_h=192.150.187.43, resp_p=80/tcp, proto=6, ctx=[]]'");
    expect(ours).toContain('1362692527.080972 ./csr.bro:3\t\tFunction return: 1362692526.869344 [orig_h=141.142.228.5');
  });

  test('-t - writes the trace to stderr; functions show their returns and nesting', () => {
    const r = rxbro(['run', '-b', '--start-time', '0', '-t', '-', '-e', 'function sq(x: count): count { return x * x; }\nevent zeek_init() { print sq(3); }']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('9\n');
    expect(r.stderr).toBe(
      'Execution tracing ON.\n' +
        '0.000000 <inline-1>:2\tevent called: zeek_init()\n' +
        "0.000000 <inline-1>:1\t\tfunction called: sq(x = '3')\n" +
        '0.000000 <inline-1>:1\t\tFunction return: 9\n',
    );
  });

  test('an unwritable trace file is one line and exit 1', () => {
    const r = rxbro(['run', '-b', '-t', '/nonexistent/dir/exec.log', '-e', 'print 1;']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^rxbro: can't open execution trace file \/nonexistent\/dir\/exec\.log: .*\n$/);
  });
});
