// Differential check of rxbro's filter compiler against tcpdump 4.99.3 / libpcap 1.10.3.
// tcpdump-expected.json holds, per trace and expression (filterCases.json), the 0-based indices
// of the records tcpdump kept, produced by `node spec/filter/makeTcpdumpExpected.js` (which runs
// `tcpdump -nn -r TRACE -w OUT -- EXPR` and maps OUT back to TRACE's records). CI need not have
// tcpdump: this spec only reads that data.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readTrace, type TraceRecord } from '../../src/input';
import { compileFilter } from '../../src/filter';

const TRACES_ROOT = resolve(__dirname, '..', '..', '..', 'shared', 'traces');
const cases = JSON.parse(readFileSync(join(__dirname, 'filterCases.json'), 'utf8')) as { TRACES: string[]; EXPRESSIONS: string[] };
const expected = JSON.parse(readFileSync(join(__dirname, 'tcpdump-expected.json'), 'utf8')) as Record<
  string,
  Record<string, string | { error: string }>
>;

function indices(ranges: string): number[] {
  if (ranges === '') return [];
  return ranges.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

async function load(path: string): Promise<TraceRecord[]> {
  const out: TraceRecord[] = [];
  for await (const r of readTrace(path)) out.push(r);
  return out;
}

describe('filter vs tcpdump', () => {
  it('covers every trace and expression', () => {
    expect(cases.EXPRESSIONS.length).toBeGreaterThanOrEqual(40);
    for (const t of cases.TRACES) expect(Object.keys(expected[t])).toEqual(cases.EXPRESSIONS);
  });

  describe.each(cases.TRACES)('%s', (trace) => {
    let records: TraceRecord[];
    beforeAll(async () => {
      records = await load(join(TRACES_ROOT, trace));
    });

    it.each(cases.EXPRESSIONS)('%s', (expr) => {
      const want = expected[trace][expr];
      if (typeof want !== 'string') {
        // tcpdump refused the expression (for this link type); so must rxbro.
        expect(() => compileFilter(expr).forLinkType(records[0].linkType)).toThrow();
        return;
      }
      const f = compileFilter(expr);
      const got = records.flatMap((r, i) => (f.matches(r) ? [i] : []));
      expect(got).toEqual(indices(want));
    });
  });
});
