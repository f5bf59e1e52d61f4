/**
 * Exact 64-bit `count` / `int` arithmetic and the numeric run-time errors (language.md §2.2).
 *
 * Representation: a JS number while |v| ≤ 2^53, a bigint beyond, so equal values
 * always have the same representation (`===` and `Map` keys work). Every helper
 * takes the fast number path first and falls back to bigint only when the result
 * might be inexact; results are normalised back to numbers when they fit.
 */
import { runtimeError, runtimeWarning } from './errors';

/** A count or int value. */
export type Integral = number | bigint;

const TWO53 = 2 ** 53;
const LIM = 2n ** 53n;
const MASK64 = (1n << 64n) - 1n;
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
const COUNT_MAX = MASK64;

/**
 * Returns the canonical representation of an integral value (number when |v| ≤ 2^53).
 *
 * ## Example
 * ```ts
 * normalizeIntegral(5n); // 5
 * normalizeIntegral(2n ** 60n); // 1152921504606846976n
 * ```
 */
export function normalizeIntegral(b: bigint): Integral {
  return b >= -LIM && b <= LIM ? Number(b) : b;
}

/**
 * The value as a bigint.
 *
 * ## Example
 * ```ts
 * toBigInt(5); // 5n
 * ```
 */
export function toBigInt(x: Integral): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

function wrapCount(b: bigint): Integral {
  return normalizeIntegral(b & MASK64);
}

function wrapInt(b: bigint): Integral {
  return normalizeIntegral(BigInt.asIntN(64, b));
}

// ### count

/**
 * `count + count`, wrapping modulo 2^64 silently.
 *
 * ## Example
 * ```ts
 * countAdd(0xffffffffffffffffn, 1); // 0
 * ```
 */
export function countAdd(a: Integral, b: Integral): Integral {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r < TWO53) return r;
  }
  return wrapCount(toBigInt(a) + toBigInt(b));
}

/**
 * True if `a - b` on counts wraps below zero (Zeek then warns "count underflow").
 *
 * ## Example
 * ```ts
 * countUnderflows(1, 2); // true
 * ```
 */
export function countUnderflows(a: Integral, b: Integral): boolean {
  return a < b;
}

/**
 * `count - count`, wrapping modulo 2^64; a wrap below zero reports the warning
 * "count underflow" (language.md §2.2) unless `quiet`.
 *
 * ## Example
 * ```ts
 * countSub(1, 2); // 18446744073709551615n (and warns "count underflow")
 * ```
 */
export function countSub(a: Integral, b: Integral, quiet = false): Integral {
  if (typeof a === 'number' && typeof b === 'number' && a >= b) return a - b;
  if (a < b && !quiet) runtimeWarning('count underflow');
  return wrapCount(toBigInt(a) - toBigInt(b));
}

/**
 * `count * count`, wrapping modulo 2^64 silently.
 *
 * ## Example
 * ```ts
 * countMul(2 ** 32, 2 ** 32); // 0
 * ```
 */
export function countMul(a: Integral, b: Integral): Integral {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r < TWO53) return r;
  }
  return wrapCount(toBigInt(a) * toBigInt(b));
}

/**
 * `count / count`, truncating; division by zero is the run-time error "division by zero".
 *
 * ## Example
 * ```ts
 * countDiv(7, 2); // 3
 * ```
 */
export function countDiv(a: Integral, b: Integral): Integral {
  if (b === 0) runtimeError('division by zero');
  if (typeof a === 'number' && typeof b === 'number') return (a - (a % b)) / b;
  return normalizeIntegral(toBigInt(a) / toBigInt(b));
}

/**
 * `count % count`; a zero divisor is the run-time error "modulo by zero".
 *
 * ## Example
 * ```ts
 * countMod(7, 3); // 1
 * ```
 */
export function countMod(a: Integral, b: Integral): Integral {
  if (b === 0) runtimeError('modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') return a % b;
  return normalizeIntegral(toBigInt(a) % toBigInt(b));
}

/**
 * `-c` / `+c` on a count yields an int (two's complement wrap for counts above 2^63).
 *
 * ## Example
 * ```ts
 * countNegate(5); // -5
 * ```
 */
export function countNegate(a: Integral): Integral {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return wrapInt(-a);
}

/**
 * `+c`: a count reinterpreted as int (wrapping above 2^63−1).
 *
 * ## Example
 * ```ts
 * countToInt(18446744073709551615n); // -1
 * ```
 */
export function countToInt(a: Integral): Integral {
  if (typeof a === 'number') return a;
  return wrapInt(a);
}

/**
 * `++c`: wraps to 0 after 2^64−1.
 *
 * ## Example
 * ```ts
 * countInc(41); // 42
 * ```
 */
export function countInc(a: Integral): Integral {
  return countAdd(a, 1);
}

/**
 * `--c`: wraps below zero with the warning "count underflow".
 *
 * ## Example
 * ```ts
 * countDec(0); // 18446744073709551615n (warns)
 * ```
 */
export function countDec(a: Integral): Integral {
  return countSub(a, 1);
}

/**
 * Bitwise `&` on counts.
 *
 * ## Example
 * ```ts
 * countAnd(6, 3); // 2
 * ```
 */
export function countAnd(a: Integral, b: Integral): Integral {
  if (typeof a === 'number' && typeof b === 'number' && a < 4294967296 && b < 4294967296) return (a & b) >>> 0;
  return normalizeIntegral(toBigInt(a) & toBigInt(b));
}

/**
 * Bitwise `|` on counts.
 *
 * ## Example
 * ```ts
 * countOr(4, 1); // 5
 * ```
 */
export function countOr(a: Integral, b: Integral): Integral {
  if (typeof a === 'number' && typeof b === 'number' && a < 4294967296 && b < 4294967296) return (a | b) >>> 0;
  return normalizeIntegral(toBigInt(a) | toBigInt(b));
}

/**
 * Bitwise `^` on counts.
 *
 * ## Example
 * ```ts
 * countXor(5, 1); // 4
 * ```
 */
export function countXor(a: Integral, b: Integral): Integral {
  if (typeof a === 'number' && typeof b === 'number' && a < 4294967296 && b < 4294967296) return (a ^ b) >>> 0;
  return normalizeIntegral(toBigInt(a) ^ toBigInt(b));
}

/**
 * Bitwise `~` on a count (64-bit complement).
 *
 * ## Example
 * ```ts
 * countNot(0); // 18446744073709551615n
 * ```
 */
export function countNot(a: Integral): Integral {
  return normalizeIntegral(MASK64 ^ toBigInt(a));
}

/**
 * `a << n` for a count `a` (bits beyond 64 are lost; n ≥ 64 gives 0).
 *
 * ## Example
 * ```ts
 * countShl(1, 63); // 9223372036854775808n
 * ```
 */
export function countShl(a: Integral, n: Integral): Integral {
  const s = toBigInt(n);
  if (s >= 64n) return 0;
  return wrapCount(toBigInt(a) << s);
}

/**
 * `a >> n` for a count `a` (logical shift).
 *
 * ## Example
 * ```ts
 * countShr(256, 4); // 16
 * ```
 */
export function countShr(a: Integral, n: Integral): Integral {
  const s = toBigInt(n);
  if (s >= 64n) return 0;
  if (typeof a === 'number' && a < 4294967296 && s < 32n) return a >>> Number(s);
  return normalizeIntegral(toBigInt(a) >> s);
}

// ### int

/**
 * `int + int`, two's complement 64-bit.
 *
 * ## Example
 * ```ts
 * intAdd(9223372036854775807n, 1); // -9223372036854775808n
 * ```
 */
export function intAdd(a: Integral, b: Integral): Integral {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r < TWO53 && r > -TWO53) return r;
  }
  return wrapInt(toBigInt(a) + toBigInt(b));
}

/**
 * `int - int`, two's complement 64-bit.
 *
 * ## Example
 * ```ts
 * intSub(5, 9); // -4
 * ```
 */
export function intSub(a: Integral, b: Integral): Integral {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r < TWO53 && r > -TWO53) return r;
  }
  return wrapInt(toBigInt(a) - toBigInt(b));
}

/**
 * `int * int`, two's complement 64-bit.
 *
 * ## Example
 * ```ts
 * intMul(-3, 4); // -12
 * ```
 */
export function intMul(a: Integral, b: Integral): Integral {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r < TWO53 && r > -TWO53) return r === 0 ? 0 : r;
  }
  return wrapInt(toBigInt(a) * toBigInt(b));
}

/**
 * `int / int`, truncating toward zero (C semantics); "division by zero" on a zero divisor.
 *
 * ## Example
 * ```ts
 * intDiv(-7, 2); // -3
 * ```
 */
export function intDiv(a: Integral, b: Integral): Integral {
  if (b === 0) runtimeError('division by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const q = (a - (a % b)) / b;
    return q === 0 ? 0 : q;
  }
  return wrapInt(toBigInt(a) / toBigInt(b));
}

/**
 * `int % int`; the result takes the sign of the left operand; "modulo by zero" on zero.
 *
 * ## Example
 * ```ts
 * intMod(-7, 3); // -1
 * ```
 */
export function intMod(a: Integral, b: Integral): Integral {
  if (b === 0) runtimeError('modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return normalizeIntegral(toBigInt(a) % toBigInt(b));
}

/**
 * Unary `-` on an int (−2^63 stays −2^63, as in C).
 *
 * ## Example
 * ```ts
 * intNegate(5); // -5
 * ```
 */
export function intNegate(a: Integral): Integral {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return wrapInt(-a);
}

/**
 * `++i`.
 *
 * ## Example
 * ```ts
 * intInc(-1); // 0
 * ```
 */
export function intInc(a: Integral): Integral {
  return intAdd(a, 1);
}

/**
 * `--i`.
 *
 * ## Example
 * ```ts
 * intDec(0); // -1
 * ```
 */
export function intDec(a: Integral): Integral {
  return intSub(a, 1);
}

/**
 * `i << n` on an int (two's complement).
 *
 * ## Example
 * ```ts
 * intShl(-1, 4); // -16
 * ```
 */
export function intShl(a: Integral, n: Integral): Integral {
  const s = toBigInt(n);
  if (s >= 64n) return 0;
  return wrapInt(toBigInt(a) << s);
}

/**
 * `i >> n` on an int (arithmetic shift).
 *
 * ## Example
 * ```ts
 * intShr(-16, 2); // -4
 * ```
 */
export function intShr(a: Integral, n: Integral): Integral {
  const s = toBigInt(n);
  if (s >= 64n) return a < 0 ? -1 : 0;
  return normalizeIntegral(toBigInt(a) >> s);
}

/**
 * `|i|` for an int: the absolute value as a count.
 *
 * ## Example
 * ```ts
 * intAbs(-10); // 10
 * ```
 */
export function intAbs(a: Integral): Integral {
  if (typeof a === 'number') return Math.abs(a);
  return normalizeIntegral(a < 0n ? -a : a);
}

// ### double, interval

/**
 * `/` on doubles, times and intervals: a zero divisor is the run-time error
 * "division by zero" (Zeek never yields inf here).
 *
 * ## Example
 * ```ts
 * doubleDiv(1, 4); // 0.25
 * ```
 */
export function doubleDiv(a: number, b: number): number {
  if (b === 0) runtimeError('division by zero');
  return a / b;
}

// ### comparisons and conversions

/**
 * Three-way comparison of two numeric values of any representation (after promotion).
 *
 * ## Example
 * ```ts
 * numCompare(2n ** 60n, 5); // 1
 * ```
 */
export function numCompare(a: Integral, b: Integral): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `==` on numeric values of any representation (`5 == 5n` is true).
 *
 * ## Example
 * ```ts
 * numEquals(5, 5n); // true
 * ```
 */
export function numEquals(a: Integral, b: Integral): boolean {
  // eslint-disable-next-line eqeqeq
  return a == b;
}

/**
 * Promotes a count/int to double (`count → double`, `int → double`).
 *
 * ## Example
 * ```ts
 * toDouble(2n ** 60n); // 1152921504606846976
 * ```
 */
export function toDouble(a: Integral): number {
  return typeof a === 'number' ? a : Number(a);
}

/**
 * Converts a numeric value into a `count` for a plain assignment (§2.2): doubles are
 * truncated toward zero; negative values or values beyond 2^64−1 are the run-time error
 * "overflow promoting from signed/double to unsigned arithmetic value".
 *
 * ## Example
 * ```ts
 * coerceToCount(5.7); // 5
 * coerceToCount(-5);  // throws
 * ```
 */
export function coerceToCount(v: Integral): Integral {
  if (typeof v === 'number') {
    const t = Math.trunc(v);
    if (Number.isNaN(t) || t < 0) runtimeError('overflow promoting from signed/double to unsigned arithmetic value');
    if (t <= TWO53) return t === 0 ? 0 : t;
    if (!(t < 18446744073709551616)) runtimeError('overflow promoting from signed/double to unsigned arithmetic value');
    return normalizeIntegral(BigInt(t));
  }
  if (v < 0n || v > COUNT_MAX) runtimeError('overflow promoting from signed/double to unsigned arithmetic value');
  return v;
}

/**
 * Converts a numeric value into an `int` for a plain assignment (§2.2): doubles are
 * truncated; values outside −2^63 … 2^63−1 are the run-time error
 * "overflow promoting from unsigned/double to signed arithmetic value".
 *
 * ## Example
 * ```ts
 * coerceToInt(-2.5); // -2
 * ```
 */
export function coerceToInt(v: Integral): Integral {
  if (typeof v === 'number') {
    const t = Math.trunc(v);
    if (Number.isNaN(t)) runtimeError('overflow promoting from unsigned/double to signed arithmetic value');
    if (t <= TWO53 && t >= -TWO53) return t === 0 ? 0 : t;
    if (!(t < 9223372036854775808 && t >= -9223372036854775808))
      runtimeError('overflow promoting from unsigned/double to signed arithmetic value');
    return normalizeIntegral(BigInt(t));
  }
  if (v < INT64_MIN || v > INT64_MAX) runtimeError('overflow promoting from unsigned/double to signed arithmetic value');
  return v;
}

/**
 * Rounds a double to the nearest integer, ties to even (C `rint`/`llrint`), as used by
 * `double_to_count`, `double_to_int` and `x as count`.
 *
 * ## Example
 * ```ts
 * roundHalfEven(3.5); // 4
 * roundHalfEven(2.5); // 2
 * ```
 */
export function roundHalfEven(d: number): number {
  const f = Math.floor(d);
  const diff = d - f;
  if (diff < 0.5) return f;
  if (diff > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * Converts a double to an integral value (already rounded/truncated by the caller), exactly.
 *
 * ## Example
 * ```ts
 * integralFromDouble(2 ** 60); // 1152921504606846976n
 * ```
 */
export function integralFromDouble(d: number): Integral {
  if (d <= TWO53 && d >= -TWO53) return d === 0 ? 0 : d;
  return normalizeIntegral(BigInt(d));
}

/**
 * Parses an integer literal (decimal or `0x` hex) into a count, wrapping modulo 2^64.
 *
 * ## Example
 * ```ts
 * parseCountLiteral('0xffffffffffffffff'); // 18446744073709551615n
 * ```
 */
export function parseCountLiteral(text: string): Integral {
  return wrapCount(BigInt(text));
}

/**
 * Formats a count/int in decimal.
 *
 * ## Example
 * ```ts
 * integralToString(18446744073709551615n); // '18446744073709551615'
 * ```
 */
export function integralToString(v: Integral): string {
  return typeof v === 'number' ? (v === 0 ? '0' : String(v)) : v.toString();
}

/**
 * 2^64 − 1, the largest count.
 *
 * ## Example
 * ```ts
 * countAdd(COUNT_MAX_VALUE, 1); // 0
 * ```
 */
export const COUNT_MAX_VALUE: Integral = COUNT_MAX;
