import { defaultWeirdSampling } from '../conn/weirdSampling';
import { createExpiredConnWeirdState, permitExpiredConnWeird } from './expiredConnWeird';

const id = { orig_h: '10.0.0.1', orig_p: 0x10000 | 1234, resp_h: '10.0.0.2', resp_p: 0x10000 | 80 };

describe('permitExpiredConnWeird (Zeek PermitExpiredConnWeird)', () => {
  it('counts per tuple and name: threshold, then every rate-th, reset a duration after the tuple\'s first', () => {
    const s = { ...defaultWeirdSampling(), threshold: 2, rate: 3, duration: 10 };
    const st = createExpiredConnWeirdState();
    const got = [1, 2, 3, 4, 5, 6].map(() => permitExpiredConnWeird(st, 'test!', id, 100, s));
    expect(got).toEqual([true, true, false, false, true, false]);
    // Another name on the same tuple has its own count; another tuple too.
    expect(permitExpiredConnWeird(st, 'other', id, 101, s)).toBe(true);
    expect(permitExpiredConnWeird(st, 'test!', { ...id, orig_p: 0x10000 | 1235 }, 101, s)).toBe(true);
    // The tuple's counts are forgotten 10 s after its first weird (at 100).
    expect(permitExpiredConnWeird(st, 'test!', id, 109.9, s)).toBe(false);
    expect(permitExpiredConnWeird(st, 'test!', id, 110, s)).toBe(true);
  });

  it('never limits whitelisted names; global-list names count once for the run', () => {
    const s = { ...defaultWeirdSampling(), threshold: 1, rate: 0, whitelist: new Set(['w']), globalList: new Set(['g']) };
    const st = createExpiredConnWeirdState();
    expect([1, 2, 3].map(() => permitExpiredConnWeird(st, 'w', id, 1, s))).toEqual([true, true, true]);
    expect(permitExpiredConnWeird(st, 'g', id, 1, s)).toBe(true);
    expect(permitExpiredConnWeird(st, 'g', { ...id, resp_h: '10.0.0.3' }, 1, s)).toBe(false);
  });
});
