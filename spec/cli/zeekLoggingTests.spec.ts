/**
 * End-to-end, Zeek's logging framework btests (`testing/btest/scripts/base/frameworks/logging/…`): each stored
 * test under `zeek-logging-tests/<name>.zeek` is replayed by btestLite the way btest runs it (`zeek`/`bro` →
 * `rxbro run --deterministic`) and every `btest-diff` file must equal `zeek-logging-tests/Baseline/<name>/<file>`
 * (Zeek's), or `zeek-logging-tests/rxbro/<name>/<file>` where rxbro deliberately differs (docs/logging.md lists
 * every logging test, its state and why). `#open`/`#close` lines are compared without their dates (btest masks
 * them); the stored baselines of a few tests are from 2011–2012, before Zeek's TSV header gained the
 * `#set_separator`, `#empty_field`, `#unset_field` and `#open` lines: those compare without these lines.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runBtest } from './btestLite';

const HERE = join(__dirname, 'zeek-logging-tests');

/** Dates of `#open`/`#close` masked (Zeek's diff-remove-timestamps writes `#open XXXX-…`). */
function maskDates(s: string): string {
  return s.replace(/^([^\n]*?)(open|close)[\t ]\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d$/gm, '$1$2 XXXX-XX-XX-XX-XX-XX');
}

/** Only the lines a 2011 baseline has: `#separator`, `#path`, `#fields`, `#types` and the rows. */
function oldHeaderLines(s: string): string {
  return s
    .split('\n')
    .filter((l) => !/^#(set_separator|empty_field|unset_field|open|close)\b/.test(l))
    .join('\n');
}

/** name → whether its stored baseline predates the full header. */
const TESTS: [string, boolean][] = [
  ['adapt-filter', false],
  ['attr', false],
  ['ascii-escape-notset-str', false],
  ['ascii-escape-set-separator', false],
  ['ascii-double', false],
  ['ascii-empty', false],
  ['disable-stream', false],
  ['empty-event', false],
  ['exclude', true],
  ['include', true],
  ['path-func', true],
  ['remove', false],
  ['types', false],
];

describe('Zeek logging framework tests (testing/btest/scripts/base/frameworks/logging)', () => {
  test.each(TESTS)('scripts.base.frameworks.logging.%s', (name, oldHeader) => {
    const own = join(HERE, 'rxbro', name);
    const r = runBtest(join(HERE, `${name}.zeek`), join(HERE, 'Baseline', name), existsSync(own) ? own : undefined);
    expect(r.execFailures).toEqual([]);
    for (const d of r.diffs) {
      const canon = (s: string | undefined) => (s === undefined ? s : oldHeader ? oldHeaderLines(maskDates(s)) : maskDates(s));
      expect({ file: d.file, out: canon(d.actual) }).toEqual({ file: d.file, out: canon(d.expected) });
    }
  });
});
