/**
 * C-compatible rendering of doubles: `%f`, `%e`, `%g` with exact round-half-even on
 * the binary value (as glibc does), plus Zeek's print rules for `double`/`time`
 * (language.md §4.1 "Double rule") and `interval` ("Interval rule").
 *
 * Fixed notation takes the fast `toFixed` path except for exact decimal ties (where
 * JS rounds up and C rounds to even) and huge values; everything else goes through
 * the exact decimal expansion of the double (every binary fraction has a finite one).
 */
import { formatInterval as formatIntervalWith } from '../time/interval';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** The exact decimal expansion of a finite x ≥ 0: x = digits × 10^−scale. */
function exactDecimal(x: number): { digits: bigint; scale: number } {
  F64[0] = x;
  const lo = U32[0];
  const hi = U32[1];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  if (mant === 0n) return { digits: 0n, scale: 0 };
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    e++;
  }
  if (e >= 0) return { digits: mant << BigInt(e), scale: 0 };
  return { digits: mant * 5n ** BigInt(-e), scale: -e };
}

/** Divides by 10^k rounding half to even. */
function roundDiv10(d: bigint, k: number): bigint {
  if (k <= 0) return d * 10n ** BigInt(-k);
  const p = 10n ** BigInt(k);
  const q = d / p;
  const r2 = (d % p) * 2n;
  if (r2 > p || (r2 === p && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function isExactTie(x: number, prec: number): boolean {
  const y = x * 2 ** (prec + 1);
  return Number.isInteger(y) && y % 2 === 1;
}

/**
 * C `%.{prec}f` of a finite x ≥ 0 (no sign handling).
 *
 * ## Example
 * ```ts
 * cFixed(0.0078125, 6); // '0.007812' (ties to even, JS toFixed would give 0.007813)
 * ```
 */
export function cFixed(x: number, prec: number): string {
  if (x < 1e21 && prec <= 100 && !isExactTie(x, prec)) return x.toFixed(prec);
  const { digits, scale } = exactDecimal(x);
  const q = roundDiv10(digits, scale - prec).toString();
  if (prec === 0) return q;
  const s = q.padStart(prec + 1, '0');
  return `${s.slice(0, s.length - prec)}.${s.slice(s.length - prec)}`;
}

/** Rounds x > 0 to `sig` significant digits: the digit string and the decimal exponent. */
function sigDigits(x: number, sig: number): { q: string; exp: number } {
  const { digits, scale } = exactDecimal(x);
  const len = digits.toString().length;
  let exp = len - 1 - scale;
  let q = roundDiv10(digits, len - sig).toString();
  if (q.length > sig) {
    q = q.slice(0, sig);
    exp++;
  }
  return { q, exp };
}

function expSuffix(exp: number): string {
  const a = Math.abs(exp);
  return `e${exp < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
}

/**
 * C `%.{prec}e` of a finite x ≥ 0.
 *
 * ## Example
 * ```ts
 * cExp(310, 6); // '3.100000e+02'
 * ```
 */
export function cExp(x: number, prec: number): string {
  if (x === 0) return (prec > 0 ? `0.${'0'.repeat(prec)}` : '0') + 'e+00';
  const { q, exp } = sigDigits(x, prec + 1);
  const m = prec > 0 ? `${q[0]}.${q.slice(1)}` : q;
  return m + expSuffix(exp);
}

function stripZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  const e = s.indexOf('e');
  let m = e < 0 ? s : s.slice(0, e);
  const tail = e < 0 ? '' : s.slice(e);
  m = m.replace(/0+$/, '');
  if (m.endsWith('.')) m = m.slice(0, -1);
  return m + tail;
}

/**
 * C `%.{prec}g` of a finite x ≥ 0 (trailing zeros removed, no `#` flag).
 *
 * ## Example
 * ```ts
 * cGeneral(310, 6);      // '310'
 * cGeneral(3.14159, 2);  // '3.1'
 * cGeneral(5e-7, 6);     // '5e-07'
 * ```
 */
export function cGeneral(x: number, prec: number): string {
  const p = prec === 0 ? 1 : prec;
  if (x === 0) return '0';
  const { exp } = sigDigits(x, p);
  if (exp < p && exp >= -4) return stripZeros(cFixed(x, p - 1 - exp));
  return stripZeros(cExp(x, p - 1));
}

/**
 * Renders a `double` or `time` as `print` does (Zeek `ODesc::Add(double)`, precision 6).
 *
 * ## Example
 * ```ts
 * formatDouble(5);          // '5.0'
 * formatDouble(0.0000005);  // '5e-07'
 * formatDouble(1e10);       // '1e+10'
 * ```
 */
export function formatDouble(d: number): string {
  if (Number.isNaN(d)) return 'nan';
  const neg = d < 0;
  const a = neg ? -d : d;
  let s: string;
  if (a > 2147483647) {
    if (a === Infinity) s = 'inf';
    else {
      const t = a.toExponential();
      const e = t.indexOf('e');
      s = t.slice(0, e) + expSuffix(Number(t.slice(e + 1)));
    }
  } else if (a < 1e-6) {
    s = cGeneral(a, 6);
  } else {
    s = cFixed(a, 6);
    let end = s.length;
    while (s.charCodeAt(end - 1) === 48) end--;
    if (s.charCodeAt(end - 1) === 46) end--;
    s = s.slice(0, end);
  }
  if (a !== Infinity && s.indexOf('e') < 0 && Math.abs(d - Math.round(d)) < 1e-9) s += '.0';
  return neg ? `-${s}` : s;
}

/**
 * Renders an `interval` as `print` does (Zeek `IntervalVal::ValDescribe`), using the
 * same floating-point steps so results match bit for bit.
 *
 * ## Example
 * ```ts
 * formatInterval(90);     // '1.0 min 30.0 secs'
 * formatInterval(0);      // '0 secs'
 * ```
 */
export function formatInterval(value: number): string {
  // The unit walk lives in the time layer; printing supplies Zeek's double rendering.
  return formatIntervalWith(value, formatDouble);
}
