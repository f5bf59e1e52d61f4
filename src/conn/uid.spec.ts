import { createUidSource, DETERMINISTIC_UIDS, formatUid } from './uid';

describe('UIDs (engine.md 2.5)', () => {
  it('hands out the btest list in order, then seeded values', () => {
    const a = createUidSource({ deterministic: true });
    const got = Array.from({ length: 36 }, () => a());
    expect(got.slice(0, 34)).toEqual(DETERMINISTIC_UIDS);
    const b = createUidSource({ deterministic: true });
    expect(Array.from({ length: 36 }, () => b())).toEqual(got);
    expect(got[34]).toMatch(/^C[0-9a-zA-Z]+$/);
  });

  it('formats base 62, least significant digit first', () => {
    // hi >> 32 = 61 -> "Z"; lo = 62 -> "01" (0 then 1, least significant first)
    expect(formatUid(61, 0, 62)).toBe('CZ01');
    // A second word above 2^53: 2^64 - 1, least significant digit first (checked with BigInt).
    expect(formatUid(0, 0xffffffff, 0xffffffff)).toBe('C0fyha61AhGYl');
  });

  it('formats every word as BigInt arithmetic does, around the 62^5 steps', () => {
    const D = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const base62 = (v: bigint): string => {
      let out = '';
      do {
        out += D[Number(v % 62n)];
        v /= 62n;
      } while (v > 0n);
      return out;
    };
    const words = [0, 1, 61, 62, 3844, 916132831, 916132832, 916132833, 2 ** 31, 2 ** 32 - 1, 0x9e3779b9];
    for (const a of words) {
      for (const b of words) {
        for (const c of words) {
          const want = 'C' + base62(BigInt(a)) + base62((BigInt(b) << 32n) | BigInt(c));
          expect(formatUid(a, b, c)).toBe(want);
        }
      }
    }
  });

  it('random mode differs between sources', () => {
    expect(createUidSource()()).not.toBe(createUidSource()());
  });
});
