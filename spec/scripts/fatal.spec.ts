/**
 * Start-up error handling without ZEEK_ALLOW_INIT_ERRORS (language.md §2.14), through the in-process reference
 * run loop: errors in zeek_init abort after the start-up drain; an error escaping a top-level statement aborts
 * at once; warnings do not count.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runScript } from './runScript';

function run(src: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxbro-fatal-'));
  const file = path.join(dir, 'x.bro');
  fs.writeFileSync(file, src);
  const r = runScript(file, { cwd: dir, env: {} });
  fs.rmSync(dir, { recursive: true, force: true });
  return r;
}

describe('start-up errors', () => {
  test('an error in zeek_init stops after the start-up drain', () => {
    const r = run('event zeek_init() { print 1 / 0; }\nevent zeek_init() &priority = -1 { print "other body"; }\nevent zeek_done() { print "done"; }\n');
    expect(r.stdout).toBe('other body\n');
    expect(r.stderr).toBe('expression error in x.bro, line 1: division by zero (1 / 0)\nfatal error: errors occurred while initializing\n');
    expect(r.exitCode).toBe(1);
  });
  test('a built-in error also counts', () => {
    const r = run('print to_count("");\nprint "top";\n');
    expect(r.stdout).toBe('0\ntop\n');
    expect(r.stderr).toMatch(/bad conversion to count.*\nfatal error: errors occurred while initializing\n$/);
    expect(r.exitCode).toBe(1);
  });
  test('an error escaping a top-level statement is fatal at once', () => {
    const r = run('event zeek_init() { print "never"; }\nlocal t: table[count] of count;\nprint t[1];\nprint "not reached";\n');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('expression error in x.bro, line 3: no such index (t[1])\nfatal error: failed to execute script statements at top-level scope\n');
    expect(r.exitCode).toBe(1);
  });
  test('no errors: the run completes', () => {
    const r = run('event zeek_init() { print "init"; }\nevent zeek_done() { print "done"; }\n');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['init\ndone\n', '', 0]);
  });
  test('compile errors exit 1 before anything runs', () => {
    const r = run('print "x";\nprint nosuch;\n');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('x.bro:2:7: error: unknown identifier nosuch\nprint nosuch;\n      ^\n');
    expect(r.exitCode).toBe(1);
  });
});
