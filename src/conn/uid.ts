/**
 * The connection UIDs Zeek hands out in order under the btest seed (engine.md 2.5,
 * Baseline `core.conn-uid/output`).
 */
export const DETERMINISTIC_UIDS: readonly string[] = [
  'CHhAvVGS1DHFjwGM9', 'ClEkJM2Vm5giqnMf4h', 'C4J4Th3PJpwUYZZ6gc', 'CtPZjS20MLrsMUOJi2',
  'CUM0KZ3MLUfNB0cl11', 'CmES5u32sYpV7JYN', 'CP5puj4I8PtEU4qzYg', 'C37jN32gN3y3AZzyf6',
  'C3eiCBGOLw3VtHfOj', 'CwjjYJ2WqgTbAqiHl6', 'C0LAHyvtKSQHyJxIl', 'CFLRIC3zaTU1loLGxh',
  'C9rXSW3KSpTYvPrlI1', 'Ck51lg1bScffFj34Ri', 'C9mvWx3ezztgzcexV7', 'CNnMIj2QSd84NKf7U3',
  'C7fIlMZDuRiqjpYbb', 'CykQaM33ztNt0csB9a', 'CtxTCR2Yer0FR1tIBg', 'CpmdRlaUoJLN3uIRa',
  'C1Xkzz2MaGtLrc1Tla', 'CqlVyW1YwZ15RhTBc4', 'CLNN1k2QMum1aexUK7', 'CBA8792iHmnhPLksKa',
  'CGLPPc35OzDQij1XX8', 'CiyBAq1bBLNaTiTAc', 'CFSwNi4CNGxcuffo49', 'Cipfzj1BEnhejw8cGf',
  'CV5WJ42jPYbNW9JNWf', 'CPhDKt12KQPUVbQz06', 'CAnFrb2Cvxr5T7quOc', 'C8rquZ3DjgNW06JGLl',
  'CzrZOtXqhwwndQva3', 'CaGCc13FffXe6RkQl9',
];

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGIT_CODES = Array.from(DIGITS, (c) => c.charCodeAt(0));

// Digits are collected as bytes and turned into one string at the end:
// appending one character at a time would allocate a string per digit.
const codes = Buffer.alloc(24);

/** Appends base-62 digits of `v` (< 2^53), least significant first; returns the new length. */
function digits62(v: number, n: number): number {
  if (v === 0) {
    codes[n++] = DIGIT_CODES[0];
    return n;
  }
  while (v > 0) {
    const q = Math.floor(v / 62);
    codes[n++] = DIGIT_CODES[v - q * 62];
    v = q;
  }
  return n;
}

/**
 * Formats a 96-bit UID as Zeek does: `C` + base62(first word >> 32) + base62(second word),
 * least significant digit first. The first word's upper 32 bits are `hi32`; the
 * second word is given as two 32-bit halves.
 *
 * ## Example
 * ```ts
 * formatUid(61, 0, 62); // "CZ01"
 * ```
 */
export function formatUid(hi32: number, loHi: number, loLo: number): string {
  codes[0] = 67; // 'C'
  let n = digits62(hi32 >>> 0, 1);
  let h = loHi >>> 0;
  let l = loLo >>> 0;
  // Long division of h * 2^32 + l by 62^5 rather than by 62: five digits per step
  // (a remainder below 2^30 is split in small-integer arithmetic), where one digit
  // took three floating-point divisions. The low word is divided in 16-bit halves,
  // so every partial value stays below 2^47, exact in a double. While the value is
  // at least 62^5 the quotient is non-zero, so all five digits belong to the number.
  while (h > 0 || l >= CHUNK62) {
    const qh = Math.floor(h / CHUNK62);
    const c1 = (h - qh * CHUNK62) * 65536 + (l >>> 16);
    const q1 = Math.floor(c1 / CHUNK62);
    const c2 = (c1 - q1 * CHUNK62) * 65536 + (l & 0xffff);
    const q2 = Math.floor(c2 / CHUNK62);
    n = fiveDigits62(c2 - q2 * CHUNK62, n);
    h = qh;
    l = q1 * 65536 + q2;
  }
  // The most significant digits, without leading zeros ("0" only for a zero word).
  n = digits62(l, n);
  return codes.toString('latin1', 0, n);
}

/** 62^5, below 2^30: a remainder modulo it is a small integer. */
const CHUNK62 = 916132832;

/** Appends exactly five base-62 digits of `r` (< 62^5), least significant first. */
function fiveDigits62(r: number, n: number): number {
  for (let k = 0; k < 5; k++) {
    const q = (r / 62) | 0;
    codes[n++] = DIGIT_CODES[r - q * 62];
    r = q;
  }
  return n;
}

/** xorshift128 over four 32-bit words: cheap, deterministic for a given seed. */
function nextWord(st: Uint32Array): number {
  let t = st[3];
  const s0 = st[0];
  st[3] = st[2];
  st[2] = st[1];
  st[1] = s0;
  t ^= t << 11;
  t ^= t >>> 8;
  st[0] = t ^ s0 ^ (s0 >>> 19);
  return st[0];
}

/** Hands out connection UIDs. */
export type UidSource = () => string;

/**
 * Creates a UID source: random 96-bit UIDs by default; with `deterministic`, the
 * documented btest list in order, then a seeded PRNG (engine.md 2.5 [proposal]).
 *
 * ## Example
 * ```ts
 * const next = createUidSource({ deterministic: true });
 * next(); // "CHhAvVGS1DHFjwGM9"
 * ```
 */
export function createUidSource(opts: { deterministic?: boolean; seed?: number } = {}): UidSource {
  let i = 0;
  const st = new Uint32Array(4);
  const seed = opts.seed ?? (opts.deterministic ? 1 : Math.floor(Math.random() * 2 ** 32) ^ Date.now());
  st[0] = seed ^ 0x9e3779b9;
  st[1] = 0x85ebca6b;
  st[2] = 0xc2b2ae35;
  st[3] = 0x27d4eb2f ^ (seed >>> 7);
  for (let k = 0; k < 8; k++) nextWord(st);
  return () => {
    if (opts.deterministic && i < DETERMINISTIC_UIDS.length) return DETERMINISTIC_UIDS[i++];
    return formatUid(nextWord(st), nextWord(st), nextWord(st));
  };
}
