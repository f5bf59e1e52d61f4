import { smithWaterman } from './smithWaterman';

describe('smithWaterman (Zeek SmithWaterman.cc)', () => {
  it('single variant: the best run of matches, offsets in both strings', () => {
    expect(smithWaterman('abcAAAefghij', 'lmnopAAAqrst', { minStrlen: 2, variant: 0 })).toEqual([{ str: 'AAA', offsets: [3, 5], isNew: true }]);
    expect(smithWaterman('abcdefgh', 'ijklmnop', { minStrlen: 2, variant: 0 })).toEqual([]);
    // Shorter than the minimum: nothing is searched.
    expect(smithWaterman('A', 'A', { minStrlen: 2, variant: 0 })).toEqual([]);
  });

  it('multiple variant: every alignment not covered by another, ordered by offset in the longer string', () => {
    const r = smithWaterman('xxCDyABzCDyABzz', 'ABCD', { minStrlen: 2, variant: 1 });
    expect(r.map((s) => `${s.str} ${s.offsets.join('/')} ${s.isNew}`)).toEqual(['CD 2/2 true', 'AB 5/0 true', 'CD 8/2 false', 'AB 11/0 true']);
  });

  it('equal offsets keep libstdc++\'s insertion-sort order (the later-collected first)', () => {
    const r = smithWaterman('xxAAxxAAxx', 'yyyyyAAyyyyy', { minStrlen: 2, variant: 1 });
    expect(r.map((s) => s.offsets)).toEqual([[2, 5], [6, 5]]);
  });
});
