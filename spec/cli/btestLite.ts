/**
 * A small stand-in for Zeek's btest, enough to replay one stored Zeek test against `bin/rxbro`: the test's
 * `@TEST-START-FILE` parts are written to a scratch folder, every `@TEST-EXEC` line runs there under bash with
 * `zeek`/`bro` meaning `rxbro run --deterministic`, `%INPUT` the test's script (without those parts) and
 * `$TRACES` our copy of Zeek's traces, and every `btest-diff` names a file to compare with the baseline.
 * `btest-bg-run NAME CMD` runs CMD in the folder NAME (its output in `NAME/.stdout`, `NAME/.stderr`).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { BTEST_TRACES, RXBRO } from './cliRun';

export { BTEST_TRACES };

/** One `btest-diff`: the file the test wrote (canonified) and the baseline it must equal. */
export interface BtestDiff {
  file: string;
  actual: string;
  expected: string | undefined;
}

/** What replaying a test gave: the diffs, and the exec lines whose exit status was not the expected one. */
export interface BtestResult {
  dir: string;
  diffs: BtestDiff[];
  execFailures: string[];
}

/** The canonifiers the signature tests use (Zeek's `testing/scripts/diff-*`), by script name. */
const CANONIFIERS: Record<string, (s: string) => string> = {
  // An absolute directory in front of a file name becomes `<...>/`.
  'diff-remove-abspath': (s) => s.replace(/\/[^\s:,'"()]*\/([^\s/]+)/g, '<...>/$1'),
  'diff-remove-timestamps': (s) => s.replace(/\b\d{10}\.\d{6}\b/g, 'XXXXXXXXXX.XXXXXX'),
  'diff-sort': (s) => s.split('\n').filter((l) => l !== '').sort().map((l) => l + '\n').join(''),
};

/**
 * A baseline file as btest stores it: without the `### BTest baseline data` header line.
 *
 * ## Example
 * ```ts
 * stripBaselineHeader('### BTest baseline data ...\nx\n'); // 'x\n'
 * ```
 */
export function stripBaselineHeader(s: string): string {
  return s.startsWith('### BTest baseline data') ? s.slice(s.indexOf('\n') + 1) : s;
}

/**
 * Replays the Zeek test `testFile` in a scratch folder; baselines are read from `baselineDir/<file>` with `/` in
 * the file name written as `.` (btest's own naming, e.g. `zeek..stdout`), or from `ownDir/<file>` when that
 * exists (rxbro's own wording, documented where it differs).
 *
 * ## Example
 * ```ts
 * const r = runBtest('spec/cli/zeek-signature-tests/udp-state.zeek', 'spec/cli/zeek-signature-tests/Baseline/udp-state');
 * r.diffs.every((d) => d.actual === d.expected); // true when rxbro matches Zeek
 * ```
 */
export function runBtest(testFile: string, baselineDir: string, ownDir?: string): BtestResult {
  const dir = mkdtempSync(join(tmpdir(), 'rxbro-btest-'));
  let input = readFileSync(testFile, 'latin1');
  const part = /^(?:# )?@TEST-START-FILE (\S+)\n([\s\S]*?)^(?:# )?@TEST-END-FILE[^\n]*\n?/gm;
  for (const m of input.matchAll(part)) {
    mkdirSync(join(dir, dirname(m[1])), { recursive: true });
    writeFileSync(join(dir, m[1]), m[2], 'latin1');
  }
  input = input.replace(part, '');
  const name = basename(testFile);
  writeFileSync(join(dir, name), input, 'latin1');
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  for (const cmd of ['zeek', 'bro']) {
    writeFileSync(join(bin, cmd), `#!/bin/sh\nexec "${process.execPath}" "${RXBRO}" run --deterministic "$@"\n`);
    chmodSync(join(bin, cmd), 0o755);
  }
  const env: NodeJS.ProcessEnv = {
    PATH: `${bin}:${process.env.PATH}`, TZ: 'UTC', LC_ALL: 'C', ZEEK_ALLOW_INIT_ERRORS: '1', ZEEKPATH: '', BROPATH: '', TRACES: BTEST_TRACES,
  };
  const diffs: BtestDiff[] = [];
  const execFailures: string[] = [];
  for (const m of input.matchAll(/^# @TEST-EXEC(-FAIL)?: (.*)$/gm)) {
    const expectFail = m[1] !== undefined;
    // Zeek's traces are `.trace` in older tests; our copies are `.pcap`.
    let cmd = m[2].replace(/%INPUT/g, name).replace(/\$TRACES\/(\S+)\.trace\b/g, (all, p: string) => (existsSync(join(BTEST_TRACES, `${p}.pcap`)) ? `$TRACES/${p}.pcap` : all));
    const diff = /^(?:TEST_DIFF_CANONIFIER=(\S+) )?btest-diff (\S+)$/.exec(cmd) ?? /^(btest-diff-remove-abspath) (\S+)$/.exec(cmd);
    if (diff) {
      const canonName = diff[1] === undefined ? undefined : basename(diff[1]).replace(/^btest-/, '');
      // Without a canonifier of its own a test gets btest.cfg's default, which masks timestamps.
      const canon = canonName === undefined ? CANONIFIERS['diff-remove-timestamps'] : CANONIFIERS[canonName] ?? ((s: string) => s);
      const file = join(dir, diff[2]);
      // Where rxbro deliberately says things in its own words, `ownDir` holds the expected file instead.
      const own = ownDir === undefined ? undefined : join(ownDir, diff[2].replace(/\//g, '.'));
      const baseline = own !== undefined && existsSync(own) ? own : join(baselineDir, diff[2].replace(/\//g, '.'));
      diffs.push({
        file: diff[2],
        actual: existsSync(file) ? canon(readFileSync(file, 'latin1')) : '<missing>',
        expected: existsSync(baseline) ? canon(stripBaselineHeader(readFileSync(baseline, 'latin1'))) : undefined,
      });
      continue;
    }
    if (/^btest-bg-wait\b/.test(cmd)) continue;
    const bg = /^btest-bg-run (\S+) (.*)$/.exec(cmd);
    if (bg) {
      mkdirSync(join(dir, bg[1]), { recursive: true });
      cmd = `cd ${bg[1]} && (${bg[2].replace(new RegExp(`\\b${name}\\b`, 'g'), `../${name}`)}) >.stdout 2>.stderr`;
    }
    // stdin is not inherited: bash reads ~/.bashrc when its stdin is a socket (as under some test runners).
    const r = spawnSync('bash', ['-c', cmd], { cwd: dir, env, encoding: 'latin1', timeout: 60000, stdio: ['ignore', 'pipe', 'pipe'] });
    // btest keeps what the latest command printed itself in .stdout/.stderr (tests diff `.stderr`).
    if (!bg) {
      writeFileSync(join(dir, '.stdout'), r.stdout ?? '', 'latin1');
      writeFileSync(join(dir, '.stderr'), r.stderr ?? '', 'latin1');
    }
    if ((r.status !== 0) !== expectFail) execFailures.push(`${cmd} → exit ${r.status}`);
  }
  return { dir, diffs, execFailures };
}
