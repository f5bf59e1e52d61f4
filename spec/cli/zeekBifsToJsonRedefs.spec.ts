/**
 * Zeek's core.command-line-option-redefs as its btest runs it, now that rxbro has `to_json`: the table redef'd
 * on the command line is printed with to_json, equal to Baseline/core.command-line-option-redefs/1.out
 * (spec/cli/zeekCoreTests2.spec.ts keeps the plain-print variant of the same runs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RXBRO } from './cliRun';

const SCRIPT = `const mynum: count &redef;
const mytable: table[string] of string = {["zero"] = "0"} &redef;
option mystr="default";

module MyMod;
export { option str="def"; }
module GLOBAL;

event zeek_init()
	{
	print "mystr", mystr;
	print "mynum", mynum;
	print "mytable", to_json(mytable);
	print "MyMod::str", MyMod::str;
	}
`;

function run(after: string[]): { status: number; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rxbro-bifs-tojson-'));
  writeFileSync(join(dir, 'test.zeek'), SCRIPT);
  const r = spawnSync(process.execPath, [RXBRO, 'run', '-b', 'test.zeek', ...after], {
    cwd: dir,
    env: { PATH: process.env.PATH, TZ: 'UTC', ZEEK_ALLOW_INIT_ERRORS: '1' },
    encoding: 'latin1',
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('core.command-line-option-redefs with to_json', () => {
  it('run 1 equals Baseline 1.out', () => {
    const r = run(['mynum=0', 'mytable={["one"] = "1"}', 'mystr=', 'MyMod::str=Good']);
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', 'mystr, \nmynum, 0\nmytable, {"one":"1"}\nMyMod::str, Good\n']);
  });

  it('run 2: += adds to the initial table', () => {
    const r = run(['mynum=0', 'mytable+={["one"] = "1"}']);
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', 'mystr, default\nmynum, 0\nmytable, {"zero":"0","one":"1"}\nMyMod::str, def\n']);
  });
});
