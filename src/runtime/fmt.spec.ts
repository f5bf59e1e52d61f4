import { cachedFormat, fmt, fmtParsed, parseFormat } from './fmt';
import { createTestContext } from './context';
import { boxAny } from './any';
import { T, Type } from './types';

/** Runs `fmt` and `fmtParsed` (with one leading argument to skip) and checks both give the same text and errors. */
function both(format: string, args: unknown[], types: Type[]): { out: string; errors: string[] } {
  const a = createTestContext();
  const out = fmt(a, format, args, types);
  const b = createTestContext();
  const parsed = fmtParsed(b, parseFormat(format), ['skipped', ...args], [T.string, ...types], 1);
  expect(parsed).toBe(out);
  expect(b.errors).toEqual(a.errors);
  return { out, errors: a.errors };
}

describe('parseFormat', () => {
  it('splits literal text and conversions, reducing %%', () => {
    expect(parseFormat('item-%d-%s%%')).toEqual([
      'item-',
      { left: false, zero: false, width: -1, prec: -1, conv: 'd' },
      '-',
      { left: false, zero: false, width: -1, prec: -1, conv: 's' },
      '%',
    ]);
  });

  it('reads flags, width and precision', () => {
    expect(parseFormat('%-010.3f|')).toEqual([{ left: true, zero: true, width: 10, prec: 3, conv: 'f' }, '|']);
    expect(parseFormat('%.e')).toEqual([{ left: false, zero: false, width: -1, prec: 0, conv: 'e' }]);
  });

  it('stops at a conversion cut off by the end of the format', () => {
    expect(parseFormat('ab%-5')).toEqual(['ab', { left: true, zero: false, width: 5, prec: -1, conv: undefined }]);
  });

  it('cachedFormat returns the same parse for the same format', () => {
    expect(cachedFormat('x%dy')).toBe(cachedFormat('x%dy'));
  });
});

describe('fmtParsed behaves as fmt', () => {
  it.each<[string, unknown[], Type[], string, string[]]>([
    ['item-%d-%s', [7, 'x'], [T.count, T.string], 'item-7-x', []],
    ['*%010d*', [128], [T.count], '*0000000128*', []],
    ['%s', [boxAny(3, T.count)], [T.any], '3', []],
    ['%d %d', [1], [T.count], '', ['too few arguments for format']],
    ['%d', [1, 2], [T.count, T.count], '', ['too many arguments for format']],
    ['ab%', [1], [T.count], 'ab', ['bad format']],
    ['%200d|', [1], [T.count], 'd|', ['excessive field width or precision']],
    ['%.2d', [5], [T.count], '5', ['precision specified for non-floating point']],
  ])('%s', (format, args, types, out, errors) => {
    const r = both(format, args, types);
    expect(r.out).toBe(out);
    expect(r.errors).toEqual(errors);
  });
});
