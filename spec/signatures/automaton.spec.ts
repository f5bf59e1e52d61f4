import { acceptsOf, createLazyDfa, feed, JAM, rowOf, setOf, step, type AcceptSink, type LazyDfa } from '../../src/signatures/dfa';
import { buildGroupNfa } from '../../src/signatures/nfa';
import { parseRegex, RegexSyntaxError } from '../../src/signatures/regex';
import { seeded } from './harness';

/** Runs patterns (as one group) over `input` after BOL; returns pattern id → first acceptance position. */
function firstAccepts(patterns: string[], input: string | Uint8Array, chunks: number[] = [], maxStates = 10000, eol = false): Map<number, number> {
  const dfa = createLazyDfa(buildGroupNfa(patterns.map((p) => parseRegex(p, false)), patterns.map((_, k) => k)), maxStates);
  return run(dfa, typeof input === 'string' ? Buffer.from(input, 'latin1') : input, chunks, eol);
}

function run(dfa: LazyDfa, data: Uint8Array, chunks: number[], eol: boolean): Map<number, number> {
  const acc = new Map<number, number>();
  const sink: AcceptSink = {
    onAccept(ids, pos) {
      for (const id of ids) if (!acc.has(id)) acc.set(id, pos);
    },
  };
  let row = dfa.startRow;
  const report = (r: number, pos: number): void => {
    const a = r === JAM ? null : acceptsOf(dfa, r);
    if (a) sink.onAccept(a, pos);
  };
  report(row, 0);
  row = step(dfa, row, dfa.nfa.bol);
  report(row, 0);
  let from = 0;
  for (const cut of [...chunks, data.length]) {
    if (row === JAM) break;
    // A stream keeps its NFA set between chunks, so it survives a cache flush in between.
    const set = setOf(dfa, row);
    row = feed(dfa, rowOf(dfa, set), data, from, cut, from, sink);
    from = cut;
  }
  if (eol && row !== JAM) {
    row = step(dfa, row, dfa.nfa.eol);
    report(row, data.length + 1);
  }
  return acc;
}

/** Reference: smallest k such that input[0..k) matches the whole pattern (JS RegExp, dotAll). */
function jsShortest(pattern: string, input: string): number | undefined {
  const re = new RegExp(`^(?:${pattern})$`, 's');
  for (let k = 0; k <= input.length; k++) if (re.test(input.slice(0, k))) return k;
  return undefined;
}

describe('regex parser', () => {
  it('understands escapes, classes, counted repetition and quoted literals', () => {
    const acc = firstAccepts(
      ['\\x41\\102\\n', '[[:digit:]]{2,3}x', '"a.b"', 'a\\/b', '[^a-c]+z', '(ab|cd)*e', '[]x]y'],
      '',
    );
    expect(acc.size).toBe(0);
    const cases: [string, string, number | undefined][] = [
      ['\\x41\\102\\n', 'AB\nzz', 3],
      ['[[:digit:]]{2,3}x', '123x', 4],
      ['[[:digit:]]{2,3}x', '1x', undefined],
      ['[[:digit:]]{2,3}x', '1234x', undefined],
      ['"a.b"', 'a.b', 3],
      ['"a.b"', 'axb', undefined],
      ['a\\/b', 'a/b', 3],
      ['[^a-c]+z', 'xyz', 3],
      ['[^a-c]+z', 'xaz', undefined],
      ['(ab|cd)*e', 'abcdabe', 7],
      ['[]x]y', ']y', 2],
      ['.', '\n', 1],
      ['a{0}b', 'b', 1],
      ['(|.*[\\n\\r]) *[uU][sS][eE][rR] ', '220 hi\r\nUSER x', 13],
    ];
    for (const [p, input, want] of cases) expect([p, input, firstAccepts([p], input).get(0)]).toEqual([p, input, want]);
  });

  it('folds case inside (?i:) and /i, including classes', () => {
    expect(firstAccepts(['(?i:get [a-c]x)'], 'GeT BX').get(0)).toBe(6);
    expect(firstAccepts(['(?i:[^a]z)'], 'Az').get(0)).toBeUndefined();
    expect(firstAccepts(['(?i:[[:lower:]]+)'], 'ABC').get(0)).toBe(1);
    expect(firstAccepts(['a(?i:b)c'], 'aBc').get(0)).toBe(3);
    expect(firstAccepts(['a(?i:b)c'], 'aBC').get(0)).toBeUndefined();
  });

  it('reports syntax errors with offsets', () => {
    const bad: [string, string, number][] = [
      ['ab(c', "missing ')'", 4],
      ['a)b', "unbalanced ')'", 1],
      ['*a', "'*' without an operand", 0],
      ['[z-a]', 'bad character range', 3],
      ['\\xZZ', '\\x needs exactly two hex digits', 1],
      ['[abc', 'unterminated character class', 4],
      ['a{2,1}', 'bad repetition range', 1],
    ];
    for (const [src, msg, off] of bad) {
      let e: unknown;
      try {
        parseRegex(src, false);
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(RegexSyntaxError);
      expect([src, (e as RegexSyntaxError).message, (e as RegexSyntaxError).offset]).toEqual([src, msg, off]);
    }
  });
});

describe('lazy DFA', () => {
  it('records the first (shortest) acceptance of each pattern of a group', () => {
    const acc = firstAccepts(['.*abc', 'ab', '.*c.*', 'x'], 'zabcabc');
    expect([...acc.entries()].sort()).toEqual([[0, 4], [2, 4]]);
    expect(firstAccepts(['.*abc', 'ab', 'x'], 'abcabc').get(1)).toBe(2);
  });

  it('accepts the empty pattern and .* in the start state (position 0)', () => {
    expect([...firstAccepts(['', '.*', 'a*'], 'bbb').entries()].sort()).toEqual([[0, 0], [1, 0], [2, 0]]);
  });

  it('matches ^ at the BOL symbol and $ only on EOL', () => {
    expect(firstAccepts(['^abc'], 'abc').get(0)).toBe(3);
    expect(firstAccepts(['abc$'], 'abc').get(0)).toBeUndefined();
    expect(firstAccepts(['abc$'], 'abc', [], 10000, true).get(0)).toBe(4);
    expect(firstAccepts(['.*b^'], 'ab').get(0)).toBeUndefined();
  });

  it('agrees with a reference engine on random patterns and inputs', () => {
    const rnd = seeded(7);
    const pats = ['a(b|c)*d', '.*ab+c', '(a|ab)(c|bcd)', 'x?y?z', '[a-c]{2,4}d', '.*(aa|bb)c', 'a.*b.*c', '(ab)*', 'd+|c+'];
    const alphabet = 'abcdxyz';
    const dfa = createLazyDfa(buildGroupNfa(pats.map((p) => parseRegex(p, false)), pats.map((_, k) => k)));
    for (let trial = 0; trial < 300; trial++) {
      let input = '';
      const len = Math.floor(rnd() * 10);
      for (let k = 0; k < len; k++) input += alphabet[Math.floor(rnd() * alphabet.length)];
      const got = run(dfa, Buffer.from(input), [], false);
      pats.forEach((p, id) => expect([p, input, got.get(id)]).toEqual([p, input, jsShortest(p, input)]));
    }
  });

  it('gives the same result for every split of the input into chunks', () => {
    const pats = ['.*needle', '.*ne.*dle', 'hay.*stack'];
    const input = 'haystack with a needle in it';
    const whole = [...firstAccepts(pats, input).entries()].sort();
    for (let cut = 0; cut <= input.length; cut++) {
      expect([...firstAccepts(pats, input, [cut]).entries()].sort()).toEqual(whole);
    }
  });

  it('flushes a full state cache and keeps matching correctly', () => {
    const pats = Array.from({ length: 20 }, (_, k) => `.*w${k}x`);
    const dfa = createLazyDfa(buildGroupNfa(pats.map((p) => parseRegex(p, false)), pats.map((_, k) => k)), 16);
    const input = Buffer.from(Array.from({ length: 200 }, (_, k) => `w${k % 23}${k % 3 ? 'x' : 'y'}`).join(''));
    const got = run(dfa, input, [100, 333], false);
    expect(dfa.flushes).toBeGreaterThan(0);
    expect(dfa.cache.size).toBeLessThanOrEqual(16);
    const fresh = firstAccepts(pats, input);
    expect([...got.entries()].sort()).toEqual([...fresh.entries()].sort());
    expect(got.size).toBe(20);
  });

  it('maps bytes no pattern distinguishes to one class', () => {
    const nfa = buildGroupNfa([parseRegex('.*(ab|[0-9])', false)], [0]);
    // classes: 'a', 'b', digits, everything else; plus BOL and EOL
    expect(nfa.byteClasses).toBe(4);
    expect(nfa.numSyms).toBe(6);
  });
});
