/**
 * End-to-end, Zeek's signature btests (`testing/btest/signatures/…`): each stored test under
 * `zeek-signature-tests/<name>.zeek` is replayed by btestLite the way btest runs it (`zeek`/`bro` →
 * `rxbro run --deterministic`, `$TRACES` → our copy of Zeek's traces) and every `btest-diff` file must equal
 * `zeek-signature-tests/Baseline/<name>/<file>` (Zeek's), or `zeek-signature-tests/rxbro/<name>/<file>` where rxbro
 * deliberately words a message its own way. docs/zeek-signatures.md lists every signature test and its
 * state (which were skipped and why, and where a baseline file is rxbro's own words rather than Zeek's).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BTEST_TRACES, runBtest } from './btestLite';
import { REPO, rxbro } from './cliRun';

const HERE = join(__dirname, 'zeek-signature-tests');

/** The tests that run here; the others need an application analyzer (docs/zeek-signatures.md). */
const TESTS = [
  'dst-ip-header-condition-v4',
  'dst-ip-header-condition-v4-masks',
  'dst-ip-header-condition-v6',
  'dst-ip-header-condition-v6-masks',
  'src-ip-header-condition-v4',
  'src-ip-header-condition-v4-masks',
  'src-ip-header-condition-v6',
  'src-ip-header-condition-v6-masks',
  'src-port-header-condition',
  'dst-port-header-condition',
  'ip-proto-header-condition',
  'header-header-condition',
  'custom-event',
  'custom-event-errors',
  'id-lookup',
  'dst-ip-cidr-v4',
  'udp-payload-size',
  'udp-packetwise-match',
  'udp-packetwise-insensitive',
  'udp-state',
  'udp-end-of-match',
  'tcp-end-of-match',
  'tcp-syn-with-payload',
  'load-sigs',
  'signature-cond-used',
  'signature-cond-used-twice',
];

describe('Zeek signature tests (testing/btest/signatures)', () => {
  test.each(TESTS)('signatures.%s', (name) => {
    const r = runBtest(join(HERE, `${name}.zeek`), join(HERE, 'Baseline', name), join(HERE, 'rxbro', name));
    expect(r.execFailures).toEqual([]);
    expect(r.diffs.length).toBeGreaterThan(0);
    for (const d of r.diffs) expect({ file: d.file, out: d.actual }).toEqual({ file: d.file, out: d.expected });
  });
});

describe('signatures.eval-condition-no-return-value, with the FTP signatures standing in for Zeek\'s base DPD ones', () => {
  // Zeek examines the `payload /.*/` signature only when another pattern is newly accepted (engine.md 5.9); its
  // base scripts' DPD signatures provide those. rxbro loads none by default, so spec/signatures-e2e's FTP pair does.
  it('an eval function without a return value counts as false and warns on each call', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxbro-eval-novalue-'));
    writeFileSync(join(dir, 'blah.sig'), 'signature blah\n\t{\n\tip-proto == tcp\n\tsrc-port == 21\n\tpayload /.*/\n\teval mark_conn\n\t}\n');
    writeFileSync(join(dir, 'test.zeek'), '@load-sigs blah.sig\n\nfunction mark_conn(state: signature_state, data: string): bool\n\t{\n\tprint "Called";\n\t}\n');
    const r = rxbro(['run', '-s', join(REPO, 'spec', 'signatures-e2e', 'sigs', 'dpd.sig'), '-r', join(BTEST_TRACES, 'ftp', 'ipv4.pcap'), 'test.zeek'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Called\nCalled\n');
    // Zeek's reporter form (Baseline .stderr: `XXXXXXXXXX.XXXXXX warning: non-void …`, masked by its canonifier).
    expect(r.stderr.replace(/^\d{10}\.\d{6} /gm, 'XXXXXXXXXX.XXXXXX ')).toBe(
      'XXXXXXXXXX.XXXXXX warning: non-void function returning without a value: mark_conn\n'.repeat(2),
    );
    // A default run loads the reporter framework: each warning is also a reporter.log row.
    const rows = readFileSync(join(dir, 'reporter.log'), 'latin1').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(rows.map((l) => l.split('\t').slice(1).join('\t'))).toEqual(
      Array(2).fill('Reporter::WARNING\tnon-void function returning without a value: mark_conn\t(empty)'),
    );
  });
});
