import {
  makePattern, patternOr, patternAnd, patternAddTo, patternMatches, patternSearch, patternToString, patternScan, patternEquals,
} from '../../src/runtime/pattern';

describe('canonical text', () => {
  it.each([
    [makePattern('a'), '/^?(a)$?/'],
    [makePattern('^foo|bar'), '/^?(^foo|bar)$?/'],
    [makePattern('X', 'i'), '/(?i:^?(X)$?)/'],
    [makePattern('X', 's'), '/(?s:^?(X)$?)/'],
    [makePattern('X', 'is'), '/(?s:(?i:^?(X)$?))/'],
    [makePattern('X', 'si'), '/(?s:(?i:^?(X)$?))/'],
    [patternOr(makePattern('a'), makePattern('b')), '/^?((^?(a)$?)|(^?(b)$?))$?/'],
    [patternAnd(makePattern('a'), makePattern('b')), '/^?((^?(a)$?)(^?(b)$?))$?/'],
    [patternAddTo(makePattern('foo'), makePattern('bar')), '/(^?(^?(bar)$?)$?)|(^?(^?(foo)$?)$?)/'],
  ])('%#', (p, s) => {
    expect(patternToString(p)).toBe(s);
  });
  it('compares texts', () => {
    expect(patternEquals(makePattern('a'), makePattern('a'))).toBe(true);
    expect(patternEquals(makePattern('a'), makePattern('a', 'i'))).toBe(false);
  });
});

describe('matching (language.pattern, T7)', () => {
  it('== is a whole-string match, in is a search', () => {
    expect(patternSearch(makePattern('a'), 'foo')).toBe(false);
    expect(patternSearch(makePattern('o'), 'foo')).toBe(true);
    expect(patternMatches(makePattern('foo'), 'foo')).toBe(true);
    expect(patternMatches(makePattern('fo'), 'foo')).toBe(false);
    expect(patternMatches(makePattern('^foo|bar'), 'bar')).toBe(true);
    expect(patternSearch(makePattern('^foo'), 'xfoo')).toBe(false);
    expect(patternSearch(makePattern('foo$'), 'foox')).toBe(false);
    expect(patternSearch(makePattern('foo$'), 'xfoo')).toBe(true);
  });
  it('case-insensitivity spares quoted literals', () => {
    expect(patternSearch(makePattern('fOO', 'i'), 'xFoObar')).toBe(true);
    expect(patternSearch(makePattern('"fOO"', 'i'), 'xFoObar')).toBe(false);
    expect(patternSearch(makePattern('"fOO"', 'i'), 'xfOObar')).toBe(true);
    expect(patternMatches(patternOr(makePattern('bar', 'i'), makePattern('bez')), 'bEz')).toBe(false);
    expect(patternMatches(patternOr(makePattern('bar', 'i'), makePattern('bez')), 'BaR')).toBe(true);
    expect(patternMatches(makePattern('a(?i:b)c'), 'aBc')).toBe(true);
    expect(patternMatches(makePattern('a(?i:b)c'), 'aBC')).toBe(false);
    expect(patternMatches(makePattern('[a-c]+', 'i'), 'AbC')).toBe(true);
  });
  it('composes with & and |', () => {
    const p = patternAnd(makePattern('foo'), makePattern('bar'));
    expect(patternSearch(p, 'xfoobarx')).toBe(true);
    expect(patternMatches(p, 'foobar')).toBe(true);
    expect(patternMatches(patternOr(makePattern('foo'), makePattern('bar')), 'bar')).toBe(true);
  });
  it('dot, newline and the s flag', () => {
    expect(patternMatches(makePattern('a.b'), 'a\nb')).toBe(false);
    expect(patternMatches(makePattern('a.b', 's'), 'a\nb')).toBe(true);
    expect(patternMatches(makePattern('a[^x]b'), 'a\nb')).toBe(true);
  });
  it('flex syntax: classes, repetitions, escapes, bytes', () => {
    expect(patternMatches(makePattern('[[:alpha:]]+[[:digit:]]{2,3}'), 'abc123')).toBe(true);
    expect(patternMatches(makePattern('[[:alpha:]]+[[:digit:]]{2,3}'), 'abc1234')).toBe(false);
    expect(patternMatches(makePattern('a{2}'), 'aa')).toBe(true);
    expect(patternMatches(makePattern('a{2,}'), 'aaaa')).toBe(true);
    expect(patternMatches(makePattern('\\x41\\.\\/'), 'A./')).toBe(true);
    expect(patternMatches(makePattern('\\xff+'), '\xff\xff')).toBe(true);
    expect(patternMatches(makePattern('[\\x00-\\x1f]'), '\x05')).toBe(true);
    expect(patternMatches(makePattern('"a.b"'), 'a.b')).toBe(true);
    expect(patternMatches(makePattern('"a.b"'), 'axb')).toBe(false);
    expect(patternMatches(makePattern('[]a]+'), ']a]')).toBe(true);
    expect(patternMatches(makePattern('[a-]+'), 'a-a')).toBe(true);
    expect(patternMatches(makePattern('x{a'), 'x{a')).toBe(true);
  });
  it('rejects malformed patterns', () => {
    expect(() => makePattern('(a')).toThrow('missing )');
    expect(() => makePattern('[a')).toThrow('unterminated');
  });
});

describe('leftmost-longest scans', () => {
  it('takes the longest alternative', () => {
    expect(patternScan(makePattern('a|ab'), 'abab')).toEqual([[0, 2], [2, 4]]);
    expect(patternScan(makePattern('hi|es'), 'this is a test')).toEqual([[1, 3], [11, 13]]);
  });
  it('keeps ^ after an anchored match and ignores empty matches', () => {
    expect(patternScan(makePattern('^a'), 'aab')).toEqual([[0, 1], [1, 2]]);
    expect(patternScan(makePattern('^test'), 'test test')).toEqual([[0, 4]]);
    expect(patternScan(makePattern(' ?'), 'aa bb')).toEqual([[2, 3]]);
    expect(patternScan(makePattern('test$'), 'test test')).toEqual([[5, 9]]);
  });
  it('stops after max matches', () => {
    expect(patternScan(makePattern('-'), 'a-b-c', 1)).toEqual([[1, 2]]);
  });
});

describe('pathological patterns', () => {
  it('nested repetitions match in linear time through the NFA', () => {
    const p = makePattern('(a*)*b');
    const s = 'a'.repeat(5000) + 'c';
    expect(patternMatches(p, s)).toBe(false);
    expect(patternSearch(p, s)).toBe(false);
    expect(patternMatches(p, 'aaab')).toBe(true);
    expect(patternSearch(p, 'xxaab')).toBe(true);
    expect(patternSearch(makePattern('^(a+)+$'), 'aaaa')).toBe(true);
    expect(patternSearch(makePattern('^(a+)+$'), 'aaaab')).toBe(false);
    expect(patternSearch(makePattern('(a+)+$'), 'baaa')).toBe(true);
  });
  it('the NFA and RegExp paths agree', () => {
    const cases: [string, string[]][] = [
      ['(ab|a)(bc|c)*', ['abc', 'abcbc', 'a', 'ac', 'x', 'abcx']],
      ['^x(y+)*z$', ['xz', 'xyyz', 'xyy', 'axyz']],
      ['(\\.[a-z]+)+', ['.com', 'a.b.c', '..', 'abc']],
    ];
    for (const [src, subjects] of cases) {
      const fast = makePattern(src);
      fast.useNfa = false;
      const slow = makePattern(src);
      slow.useNfa = true;
      for (const s of subjects) {
        expect([src, s, patternMatches(slow, s)]).toEqual([src, s, patternMatches(fast, s)]);
        expect([src, s, patternSearch(slow, s)]).toEqual([src, s, patternSearch(fast, s)]);
      }
    }
  });
});

describe('Baseline: language.pattern/out, case by case', () => {
  const P = makePattern;
  const p1 = P('foo|bar');
  const p2 = P('oob');
  const p3 = P('^oob');
  const p4 = P('foo');
  const or = patternOr;
  const and = patternAnd;
  it.each<[string, boolean, boolean]>([
    ['equality operator', patternMatches(p1, 'foo'), true],
    ['inequality operator', !patternMatches(p1, 'foobar'), true],
    ['in operator', patternSearch(p1, 'foobar'), true],
    ['in operator', patternSearch(p2, 'foobar'), true],
    ['!in operator', !patternSearch(p3, 'foobar'), true],
    ['& operator', patternSearch(and(p1, p2), 'baroob'), true],
    ['& operator', patternSearch(and(p2, p1), 'baroob'), false],
    ['| operator', patternSearch(or(p1, p2), 'lazybarlazy'), true],
    ['| operator', patternSearch(or(p3, p4), 'xoob'), false],
    ['/i pattern modifier', patternSearch(P('fOO', 'i'), 'xFoObar'), true],
    ['/i pattern modifier', patternMatches(P('fOO', 'i'), 'Foo'), true],
    ['/i double-quote escape', patternSearch(P('"fOO"', 'i'), 'xFoObar'), false],
    ['/i double-quote escape', patternSearch(P('"fOO"', 'i'), 'xfOObar'), true],
    ['case-sensitive pattern', patternSearch(P('fOO'), 'xFoObar'), false],
    ['case-sensitive pattern', patternMatches(P('fOO'), 'Foo'), false],
    ['case-sensitive pattern', patternMatches(P('fOO'), 'fOO'), true],
    ['/i pattern disjunction', patternMatches(or(P('bar', 'i'), P('bez')), 'bez'), true],
    ['/i pattern disjunction', patternMatches(or(P('bar', 'i'), P('bez')), 'bEz'), false],
    ['/i pattern disjunction', patternMatches(or(P('bar', 'i'), P('bez')), 'bar'), true],
    ['/i pattern disjunction', patternMatches(or(P('bar', 'i'), P('bez')), 'bAr'), true],
    ['/i pattern concatenation', patternMatches(and(P('bar', 'i'), P('bez')), 'barbez'), true],
    ['/i pattern concatenation', patternMatches(and(P('bar', 'i'), P('bez')), 'barbEz'), false],
    ['/i pattern concatenation', patternMatches(and(P('BAR', 'i'), P('bez')), 'barbEz'), false],
    ['/i pattern concatenation', patternMatches(and(P('bar', 'i'), P('bez')), 'bArbez'), true],
    ['/i pattern concatenation', patternMatches(and(P('BAR', 'i'), P('bez')), 'bArbez'), true],
    ['/i pattern concatenation', patternMatches(and(P('bar', 'i'), P('bez')), 'bArbEz'), false],
    ['/i pattern character class', patternMatches(and(P('ba[0a-c99S-Z0]', 'i'), P('bEz')), 'bArbEz'), false],
    ['/i pattern character class', patternMatches(and(P('ba[0a-c99M-S0]', 'i'), P('bEz')), 'bArbEz'), true],
    ['(?i:...) pattern construct', patternSearch(P('foo|(?i:bar)'), 'xBAry'), true],
    ['(?i:...) pattern construct', patternSearch(P('foo|(?i:bar)'), 'xFOoy'), false],
    ['(?i:...) pattern construct', patternSearch(or(P('foo|(?i:bar)'), P('foo', 'i')), 'xFOoy'), true],
    ['/s missing', !patternMatches(P('fOO.*bAR'), 'fOOab\ncdbAR'), true],
    ['/s pattern modifier', patternMatches(P('fOO.*bAR', 's'), 'fOOab\ncdbAR'), true],
    ['/s pattern disjunction', patternMatches(or(P('b.r', 's'), P('bez')), 'b\nr'), true],
    ['/s pattern concatenation', patternMatches(and(P('b.r', 's'), P('bez')), 'b\nrbez'), true],
  ])('%s → %p', (_name, got, want) => {
    expect(got).toBe(want);
  });
});
