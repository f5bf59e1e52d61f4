/**
 * End-to-end, Zeek's base/utils btests (`testing/btest/scripts/base/utils/…`): each stored test under
 * `zeek-utils-tests/<name>.zeek` is replayed by btestLite the way btest runs it (`zeek` → `rxbro run
 * --deterministic`) and every `btest-diff` file must equal `zeek-utils-tests/Baseline/<name>/<file>` (Zeek's), or
 * `zeek-utils-tests/rxbro/<name>/<file>` where rxbro's output differs on purpose (set iteration order).
 * docs/zeek-utils.md lists every test of that folder, what passes, and why the others do not run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBtest } from './btestLite';
import { runZeekScript } from './cliRun';

const HERE = join(__dirname, 'zeek-utils-tests');

const TESTS = [
  'addrs',
  'conn-ids',
  'decompose_uri',
  'directions-and-hosts',
  'email',
  'files',
  'json-roundtrip',
  'numbers',
  'paths',
  'pattern',
  'queue',
  'records',
  'site',
  'site-defaults',
  'strings',
  'thresholds',
  'urls',
];

describe('Zeek base/utils tests (testing/btest/scripts/base/utils)', () => {
  test.each(TESTS)('scripts.base.utils.%s', (name) => {
    const r = runBtest(join(HERE, `${name}.zeek`), join(HERE, 'Baseline', name), join(HERE, 'rxbro', name));
    expect(r.execFailures).toEqual([]);
    expect(r.diffs.length).toBeGreaterThan(0);
    for (const d of r.diffs) expect({ file: d.file, out: d.actual }).toEqual({ file: d.file, out: d.expected });
  });
});

/**
 * The other parts of scripts.base.utils.site-defaults (Zeek stores a baseline only for the first): each redef's
 * outcome as the test's comments state it. Parts 6 and 7 change the options at run time through
 * Config::set_value, which rxbro does not have.
 */
describe('scripts.base.utils.site-defaults, parts 2-5, 8 and 9', () => {
  const common = readFileSync(join(HERE, 'site-defaults.zeek'), 'latin1')
    .split('# @TEST-START-FILE common.zeek\n')[1]
    .split('# @TEST-END-FILE')[0];
  const line = (ip: string, priv: boolean, local: boolean, net?: string) =>
    `${ip} is private: ${priv ? 'T' : 'F'}\n${ip} is local: ${local ? 'T' : 'F'}\n${net ? `local subnet is ${net}` : 'no local subnet'}\n`;
  test.each([
    ['2: private -= 10/8 takes it out of local too', 'redef Site::private_address_space -= { 10.0.0.0/8 };',
      line('10.0.0.1', false, false) + line('1.2.3.4', false, false)],
    ['3: a new private space is local', 'redef Site::private_address_space = { 1.0.0.0/8 };',
      line('10.0.0.1', false, false) + line('1.2.3.4', true, true, '1.0.0.0/8')],
    ['4: local += 1/8 leaves private alone', 'redef Site::local_nets += { 1.0.0.0/8 };',
      line('10.0.0.1', true, true, '10.0.0.0/8') + line('1.2.3.4', false, true, '1.0.0.0/8')],
    ['5: local = {1/8} keeps the private space local', 'redef Site::local_nets = { 1.0.0.0/8 };',
      line('10.0.0.1', true, true, '10.0.0.0/8') + line('1.2.3.4', false, true, '1.0.0.0/8')],
    ['8: private_address_space_is_local = F', 'redef Site::private_address_space_is_local = F;',
      line('10.0.0.1', true, false) + line('1.2.3.4', false, false)],
    ['9: both changed, private not local',
      'redef Site::private_address_space_is_local = F;\nredef Site::private_address_space = { 1.0.0.0/8 };\nredef Site::local_nets = { 10.0.0.0/8 };',
      line('10.0.0.1', false, true, '10.0.0.0/8') + line('1.2.3.4', true, false)],
  ])('part %s', (_name, redefs, expected) => {
    const r = runZeekScript(`${common}\n${redefs}\n`, ['-b']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected);
  });
});
