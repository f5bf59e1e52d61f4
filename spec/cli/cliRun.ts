/** Runs the built `bin/rxbro` (npm test builds first) the way a user does, in a scratch folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const RXBRO = join(REPO, 'bin', 'rxbro');
export const ZEEK_TRACES = resolve(REPO, '..', 'shared', 'traces', 'zeek');

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
