/**
 * The script harness (jlox/btest style): every `spec/scripts/<feature>/<name>.bro` runs once through the CLI,
 * `bin/rxbro run -b <file>` (so `npm run build` must have run, as `npm test` does); its stdout must equal
 * `<name>.out` and, when `<name>.err` exists, its stderr must equal that file. Files starting with `_` are
 * helpers loaded by other scripts. `RXBRO_SCRIPTS_INPROCESS=1` runs the in-process reference loop instead
 * (fast iteration on the compiler without a build).
 */
import { spawnSync } from 'child_process';
import * as os from 'os';
import * as fs from 'fs';
import * as path from 'path';
import { FIXED_START, runScript, ScriptRun } from './runScript';

const ROOT = __dirname;
const REPO = path.resolve(ROOT, '..', '..');
const CLI = path.join(REPO, 'bin', 'rxbro');
const inProcess = process.env.RXBRO_SCRIPTS_INPROCESS === '1' || !fs.existsSync(path.join(REPO, 'dist', 'bin', 'main.js'));

// Like Zeek's btest.cfg: start-up errors do not abort (§2.14; fatal.spec.ts covers the default), fake DNS (§8.8).
const ENV = { ZEEK_ALLOW_INIT_ERRORS: '1', TZ: 'UTC', ZEEK_DNS_FAKE: '1' };

function scripts(): string[] {
  const out: string[] = [];
  for (const dir of fs.readdirSync(ROOT).sort()) {
    const full = path.join(ROOT, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).sort()) {
      if ((f.endsWith('.bro') || f.endsWith('.zeek')) && !f.startsWith('_')) out.push(path.join(dir, f));
    }
  }
  return out;
}

/**
 * Extra CLI arguments from a `# @args: -r ../shared/traces/zeek/x.pcap -C` first or second line (paths relative
 * to the repo; the second line lets a Zeek test's spec keep the test's name on its first line).
 */
function argsOf(file: string): string[] | undefined {
  const m = /^# @args: (.*)$/m.exec(fs.readFileSync(file, 'latin1').split('\n').slice(0, 2).join('\n'));
  return m ? m[1].trim().split(/\s+/) : undefined;
}

function runCli(rel: string, extra: string[] | undefined): ScriptRun {
  const args = extra ?? ['--start-time', String(FIXED_START)];
  // &persistent globals are saved in state_dir: a fresh one per run keeps such a script's runs independent
  // (and the repository free of a .state/ folder). Only for those scripts: a command-line redef is a
  // declaration, which must not follow a script's top-level statements.
  const state = /&persistent/.test(fs.readFileSync(path.join(REPO, rel), 'latin1'))
    ? [`state_dir=${JSON.stringify(fs.mkdtempSync(path.join(os.tmpdir(), 'rxbro-scripts-state-')))}`]
    : [];
  const r = spawnSync(process.execPath, [CLI, 'run', '-b', ...args, rel, ...state], {
    cwd: REPO,
    env: { PATH: process.env.PATH, ...ENV },
    encoding: 'latin1',
    timeout: 60000,
  });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? -1 };
}

describe(`spec/scripts (${inProcess ? 'in-process' : 'bin/rxbro run -b'})`, () => {
  test.each(scripts())('%s', (rel) => {
    const file = path.join(ROOT, rel);
    const base = file.replace(/\.(bro|zeek)$/, '');
    const extra = argsOf(file);
    // Trace-driven scripts need the engine; the in-process loop has no packet input.
    if (inProcess && extra) return;
    const r = inProcess ? runScript(file, { cwd: REPO, env: ENV }) : runCli(path.relative(REPO, file), extra);
    const expectedOut = fs.existsSync(base + '.out') ? fs.readFileSync(base + '.out', 'latin1') : '';
    expect(r.stdout).toBe(expectedOut);
    if (fs.existsSync(base + '.err')) expect(r.stderr).toBe(fs.readFileSync(base + '.err', 'latin1'));
  });
});
