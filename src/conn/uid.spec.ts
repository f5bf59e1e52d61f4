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

  it('random mode differs between sources', () => {
    expect(createUidSource()()).not.toBe(createUidSource()());
  });
});
