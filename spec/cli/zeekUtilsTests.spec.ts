/**
 * End-to-end, Zeek's base/utils btests (`testing/btest/scripts/base/utils/…`): each stored test under
 * `zeek-utils-tests/<name>.zeek` is replayed by btestLite the way btest runs it (`zeek` → `rxbro run
 * --deterministic`) and every `btest-diff` file must equal `zeek-utils-tests/Baseline/<name>/<file>` (Zeek's), or
 * `zeek-utils-tests/rxbro/<name>/<file>` where rxbro's output differs on purpose (set iteration order).
 * docs/zeek-utils.md lists every test of that folder, what passes, and why the others do not run.
 */
import { join } from 'node:path';
import { runBtest } from './btestLite';

const HERE = join(__dirname, 'zeek-utils-tests');

const TESTS = [
  'addrs',
  'conn-ids',
  'decompose_uri',
  'directions-and-hosts',
  'email',
  'files',
  'numbers',
  'paths',
  'pattern',
  'queue',
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
