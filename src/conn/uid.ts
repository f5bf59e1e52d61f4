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

/** Base 62, least significant digit first, no padding (Zeek's `uitoa_n` order). */
function base62(v: bigint): string {
  if (v === 0n) return '0';
  let s = '';
  while (v > 0n) {
    s += DIGITS[Number(v % 62n)];
    v /= 62n;
  }
  return s;
}

/**
 * Formats a 96-bit UID as Zeek does: `C` + base62(first word >> 32) + base62(second word).
 *
 * ## Example
 * ```ts
 * formatUid(0x1234567800000000n, 42n); // "C" + base62 digits of 0x12345678 and 42
 * ```
 */
export function formatUid(hi: bigint, lo: bigint): string {
  return 'C' + base62(hi >> 32n) + base62(lo);
}

/** A small deterministic PRNG (splitmix64) so seeded runs repeat exactly. */
function splitmix64(state: { s: bigint }): bigint {
  state.s = (state.s + 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn;
  let z = state.s;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
  return z ^ (z >> 31n);
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
export function createUidSource(opts: { deterministic?: boolean; seed?: bigint } = {}): UidSource {
  let i = 0;
  const state = {
    s: opts.seed ?? (opts.deterministic ? 1n : BigInt(Math.floor(Math.random() * 2 ** 52)) ^ BigInt(Date.now())),
  };
  return () => {
    if (opts.deterministic && i < DETERMINISTIC_UIDS.length) return DETERMINISTIC_UIDS[i++];
    return formatUid(splitmix64(state), splitmix64(state));
  };
}
