/** Runs the built `bin/rxbro` (npm test builds first) the way a user does, in a scratch folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const RXBRO = join(REPO, 'bin', 'rxbro');
export const ZEEK_TRACES = resolve(REPO, '..', 'shared', 'traces', 'zeek');
/** Zeek's btest traces as copied next to ours (`$TRACES` in a Zeek test). */
export const BTEST_TRACES = resolve(REPO, '..', 'shared', 'traces', 'zeek-btest');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
  cwd: string;
}

export function rxbro(args: string[], opts: { cwd?: string; input?: Buffer } = {}): CliResult {
  const cwd = opts.cwd ?? mkdtempSync(join(tmpdir(), 'rxbro-cli-'));
  const r = spawnSync(process.execPath, [RXBRO, ...args], { cwd, input: opts.input, encoding: 'latin1', env: { ...process.env, ZEEKPATH: '', BROPATH: '' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, cwd };
}

/** A stream's non-empty lines. */
export const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

/**
 * The data lines of a log a run wrote (`#` meta lines dropped), or undefined when the run wrote no such log.
 *
 * ## Example
 * ```ts
 * const r = rxbro(['run', '-r', join(ZEEK_TRACES, 'http-get.pcap')]);
 * logLines(r.cwd, 'conn.log')!.length; // 1
 * ```
 */
export function logLines(dir: string, file: string): string[] | undefined {
  const f = join(dir, file);
  return existsSync(f) ? lines(readFileSync(f, 'latin1')).filter((l) => !l.startsWith('#')) : undefined;
}

/**
 * The data rows of a log a run wrote, each split into its tab-separated columns ([] when there is no such log).
 *
 * ## Example
 * ```ts
 * logRows(r.cwd, 'conn.log')[0][15]; // 'ShADadFf' (history)
 * ```
 */
export function logRows(dir: string, file: string): string[][] {
  return (logLines(dir, file) ?? []).map((l) => l.split('\t'));
}

/**
 * Runs one Zeek btest `@TEST-EXEC` line the way btest runs `zeek`: `rxbro run --deterministic <args>
 * test.zeek <after>` in a scratch folder holding `script` as test.zeek, with btest's environment (TZ=UTC,
 * ZEEK_ALLOW_INIT_ERRORS=1 unless `allowInitErrors` is false).
 *
 * ## Example
 * ```ts
 * const r = runZeekScript('event zeek_init() { print 1; }', ['-b']);
 * expect(r.stdout).toBe('1\n');
 * ```
 */
export function runZeekScript(script: string, args: string[], opts: { after?: string[]; allowInitErrors?: boolean } = {}): CliResult {
  const cwd = mkdtempSync(join(tmpdir(), 'rxbro-zeek-test-'));
  writeFileSync(join(cwd, 'test.zeek'), script);
  const env: NodeJS.ProcessEnv = { ...process.env, ZEEKPATH: '', BROPATH: '', TZ: 'UTC' };
  if (opts.allowInitErrors === false) delete env.ZEEK_ALLOW_INIT_ERRORS;
  else env.ZEEK_ALLOW_INIT_ERRORS = '1';
  const r = spawnSync(process.execPath, [RXBRO, 'run', '--deterministic', ...args, 'test.zeek', ...(opts.after ?? [])], {
    cwd,
    env,
    encoding: 'latin1',
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, cwd };
}
