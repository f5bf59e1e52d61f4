import { AsciiBuffer } from './AsciiBuffer';
import { rng as seeded } from '../../bench/rng';

const shared = new AsciiBuffer(256);

/** What `f` writes, into a fresh buffer of `capacity` bytes or (by default) a reused one. */
function bytesOf(f: (b: AsciiBuffer) => void, capacity?: number): string {
  const b = capacity === undefined ? shared : new AsciiBuffer(capacity);
  b.clear();
  f(b);
  return b.view().toString('latin1');
}

function utf8(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

/** A double from 64 random bits (any exponent, sign, NaNs and infinities included). */
function anyDouble(next: () => number): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setUint32(0, Math.floor(next() * 2 ** 32));
  dv.setUint32(4, Math.floor(next() * 2 ** 32));
  return dv.getFloat64(0);
}

describe('AsciiBuffer', () => {
  const FIXED_TABLE = [
    0, -0, 1, -1, 0.5, 0.0000005, -0.0000005, 0.0000004999999, 0.0000015, 0.0000025, 0.0000035, 0.00000050000001,
    0.0078125, 0.0000001, -0.0000001, -0.0000005000001, 0.9999995, 0.99999949999, 0.9999999, 1.9999995, 9.9999996,
    1362692526.869344, 1362692527.080828 - 1362692526.869344, 1700000645.089201, 1795667150.2244155, 1795667150.9999995,
    0.211484, 1e-7, 5e-324, -5e-324, 1e-300, 123456.7890125, 86400 * 365 * 100, 2 ** 31 - 0.5, 2 ** 31, 2 ** 32 + 0.25,
    2 ** 52 - 0.5, 2 ** 52, 2 ** 52 + 1, 2 ** 53, 2 ** 53 + 2, 1e15 + 0.3, 1e20, 1e21, 1e21 + 65536, -1e21, 1.5e300,
    Number.MAX_VALUE, -Number.MAX_VALUE, NaN, Infinity, -Infinity, Number.EPSILON, 4503599627370495.5,
  ];

  it('fixed6 writes exactly what toFixed(6) gives: edge values', () => {
    for (const v of FIXED_TABLE) expect([v, bytesOf((b) => b.fixed6(v))]).toEqual([v, v.toFixed(6)]);
    expect(bytesOf((b) => b.fixed6(-0))).toBe('0.000000');
    expect(bytesOf((b) => b.fixed6(-1e-9))).toBe('-0.000000');
  });

  it('fixed6 equals toFixed(6) on random values: timestamps, durations, near-ties, any bit pattern', () => {
    const next = seeded(0x5eed);
    const check = (v: number) => {
      const got = bytesOf((b) => b.fixed6(v));
      if (got !== v.toFixed(6)) throw new Error(`fixed6(${v}) = ${got}, toFixed(6) = ${v.toFixed(6)}`);
    };
    for (let i = 0; i < 100000; i++) {
      // Timestamps with microseconds, and their neighbours one ulp away.
      const ts = 1e9 + Math.floor(next() * 9e8) + Math.floor(next() * 1e6) / 1e6;
      check(ts);
      check(ts + ts * Number.EPSILON);
      check(ts - ts * Number.EPSILON);
      // Durations over many magnitudes, and values right at a half-microsecond.
      const d = next() * 10 ** Math.floor(next() * 16 - 8);
      check(d);
      check(-d);
      const half = (Math.floor(next() * 2e9) + 0.5) / 1e6;
      check(half);
      check(half * (1 + Number.EPSILON));
      check(half * (1 - Number.EPSILON));
      // Exact binary ties: k * 2^-7 style values (multiples of 15625 / 2e6).
      check(((2 * Math.floor(next() * 1e6) + 1) * 15625) / 2e6);
      check(anyDouble(next));
    }
  });

  it('count writes String(n): digits for integers up to 2^53, the string otherwise', () => {
    const table = [
      0, -0, 1, 9, 10, 99, 100, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 999999999999999, 1e15, 2 ** 53 - 1, 2 ** 53,
      2 ** 53 + 2, 2 ** 60, 1e21, 1e22, -1, -(2 ** 31), 1.5, 0.1, 1e-7, NaN, Infinity, -Infinity,
    ];
    for (const n of table) expect([n, bytesOf((b) => b.count(n))]).toEqual([n, String(n)]);
    // Counts above 2^53 are bigints in the runtime.
    expect(bytesOf((b) => b.count((2n ** 64n - 1n) as unknown as number))).toBe('18446744073709551615');
    const next = seeded(7);
    for (let i = 0; i < 100000; i++) {
      const n = Math.floor(next() * 2 ** Math.floor(next() * 54));
      const got = bytesOf((b) => b.count(n));
      if (got !== String(n)) throw new Error(`count(${n}) = ${got}`);
    }
  });

  it('str and text write UTF-8: ASCII byte by byte, anything else as Buffer.from does', () => {
    for (const s of ['', 'tcp', '2001:db8::1', 'caf\u00e9', '\u20ac', '\ud83d\ude00', 'a\ud800b', '\u007f\u0080', 'x'.repeat(5000)]) {
      expect(bytesOf((b) => b.str(s), 16)).toBe(utf8(s));
      expect(bytesOf((b) => b.text(s), 16)).toBe(utf8(s));
    }
  });

  it('grows, keeping what was written; clear keeps the memory', () => {
    const b = new AsciiBuffer(64);
    let want = '';
    for (let i = 0; i < 1000; i++) {
      b.str('row');
      b.count(i);
      b.reserve(1);
      b.byte(0x0a);
      want += `row${i}\n`;
    }
    expect(b.view().toString()).toBe(want);
    const mem = b.bytes;
    b.clear();
    expect(b.pos).toBe(0);
    expect(b.bytes).toBe(mem);
  });
});
