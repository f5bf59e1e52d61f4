import {
  countAdd, countSub, countMul, countDiv, countMod, countNegate, countNot, countShl, countShr,
  countAnd, countOr, countXor, countDec, countInc,
  intAdd, intSub, intMul, intDiv, intMod, intAbs, intNegate, doubleDiv,
  coerceToCount, coerceToInt, roundHalfEven, numCompare, numEquals, parseCountLiteral, integralToString,
} from '../../src/runtime/numeric';
import { setWarningSink } from '../../src/runtime/errors';

let warnings: string[] = [];
let prev: (m: string) => void;
beforeEach(() => {
  warnings = [];
  prev = setWarningSink((m) => warnings.push(m));
});
afterEach(() => setWarningSink(prev));

describe('count', () => {
  it('wraps below zero with a warning (T24)', () => {
    expect(countSub(1, 2)).toBe(18446744073709551615n);
    expect(warnings).toEqual(['count underflow']);
    expect(integralToString(countSub(5, 9))).toBe('18446744073709551612');
  });
  it('subtracts without warning when not wrapping', () => {
    expect(countSub(9, 5)).toBe(4);
    expect(countSub(2n ** 60n, 1)).toBe(2n ** 60n - 1n);
    expect(warnings).toEqual([]);
  });
  it('decrement of 0 wraps and warns, increment of max wraps silently', () => {
    expect(countDec(0)).toBe(18446744073709551615n);
    expect(countInc(18446744073709551615n)).toBe(0);
    expect(warnings).toEqual(['count underflow']);
  });
  it('adds and multiplies across 2^53 exactly', () => {
    expect(countAdd(2 ** 53, 1)).toBe(9007199254740993n);
    expect(countAdd(9007199254740993n, -0)).toBe(9007199254740993n);
    expect(countAdd(18446744073709551615n, 2)).toBe(1);
    expect(countMul(2 ** 32, 2 ** 32)).toBe(0);
    expect(countMul(3, 5)).toBe(15);
    expect(countMul(2 ** 31, 2 ** 31)).toBe(4611686018427387904n);
  });
  it('divides truncating, errors on zero', () => {
    expect(countDiv(7, 2)).toBe(3);
    expect(countDiv(18446744073709551615n, 2)).toBe(9223372036854775807n);
    expect(() => countDiv(1, 0)).toThrow('division by zero');
    expect(countMod(7, 3)).toBe(1);
    expect(() => countMod(1, 0)).toThrow('modulo by zero');
  });
  it('negates into int and does bit operations', () => {
    expect(countNegate(5)).toBe(-5);
    expect(countNot(0)).toBe(18446744073709551615n);
    expect(countShl(1, 63)).toBe(9223372036854775808n);
    expect(countShl(1, 64)).toBe(0);
    expect(countShr(9223372036854775808n, 63)).toBe(1);
    expect(countAnd(6, 3)).toBe(2);
    expect(countOr(0xf0000000, 0x0f)).toBe(0xf000000f);
    expect(countXor(5, 1)).toBe(4);
    expect(countAnd(18446744073709551615n, 255)).toBe(255);
  });
});

describe('int', () => {
  it('wraps two\'s complement on overflow', () => {
    expect(intAdd(9223372036854775807n, 1)).toBe(-9223372036854775808n);
    expect(intSub(-9223372036854775808n, 1)).toBe(9223372036854775807n);
    expect(intMul(9223372036854775807n, 2)).toBe(-2);
    expect(intNegate(-9223372036854775808n)).toBe(-9223372036854775808n);
  });
  it('divides with C semantics', () => {
    expect(intDiv(-7, 2)).toBe(-3);
    expect(intMod(-7, 3)).toBe(-1);
    expect(intMod(7, -3)).toBe(1);
    expect(() => intDiv(-1, 0)).toThrow('division by zero');
    expect(intDiv(-9223372036854775808n, -1)).toBe(-9223372036854775808n);
  });
  it('|int| is a count', () => {
    expect(intAbs(-10)).toBe(10);
    expect(intAbs(-9223372036854775808n)).toBe(9223372036854775808n);
  });
});

describe('double', () => {
  it('division by zero is an error, not inf', () => {
    expect(() => doubleDiv(1, 0)).toThrow('division by zero');
    expect(doubleDiv(1, 4)).toBe(0.25);
  });
});

describe('conversions', () => {
  it('narrowing assignment truncates or errors', () => {
    expect(coerceToCount(5.7)).toBe(5);
    expect(() => coerceToCount(-5)).toThrow('overflow promoting from signed/double to unsigned arithmetic value');
    expect(() => coerceToCount(1e20)).toThrow('overflow promoting');
    expect(coerceToCount(1e19)).toBe(10000000000000000000n);
    expect(coerceToInt(-2.5)).toBe(-2);
    expect(() => coerceToInt(9223372036854775808n)).toThrow('overflow promoting from unsigned/double to signed arithmetic value');
  });
  it('rounds half to even', () => {
    expect(roundHalfEven(3.9)).toBe(4);
    expect(roundHalfEven(-3.9)).toBe(-4);
    expect(roundHalfEven(2.5)).toBe(2);
    expect(roundHalfEven(3.5)).toBe(4);
    expect(roundHalfEven(-2.5)).toBe(-2);
  });
  it('compares mixed representations', () => {
    expect(numCompare(2n ** 60n, 5)).toBe(1);
    expect(numEquals(5, 5n)).toBe(true);
    expect(parseCountLiteral('0xffffffffffffffff')).toBe(18446744073709551615n);
    expect(parseCountLiteral('42')).toBe(42);
  });
});

describe('|x| of differences (§2.13)', () => {
  it('|5 - 9| wraps, |+5 - +9| does not', () => {
    expect(integralToString(countSub(5, 9))).toBe('18446744073709551612');
    expect(intAbs(intSub(5, 9))).toBe(4);
  });
});
