import { encapsulatingConn, pushEncap, sameEncap } from './Encapsulation';

describe('encapsulation stacks', () => {
  const a = encapsulatingConn('Tunnel::IP', 'A', '1.1.1.1', 0, '2.2.2.2', 0, 0, 4);
  const b = encapsulatingConn('Tunnel::GRE', 'B', '1.1.1.1', 0, '2.2.2.2', 0, 0, 47);

  test('pushEncap gives the same array for the same tunnel over the same stack', () => {
    const s1 = pushEncap(null, a);
    expect(pushEncap(null, a)).toBe(s1);
    const s2 = pushEncap(s1, b);
    expect(s2.map((e) => e.uid)).toEqual(['A', 'B']);
    expect(pushEncap(s1, b)).toBe(s2);
    // Another stack underneath: a new array (the one-entry cache follows it).
    expect(pushEncap(null, b)).toEqual([b]);
  });

  test('sameEncap compares tunnel types and uids level by level', () => {
    const s1 = pushEncap(null, a);
    const s2 = pushEncap(s1, b);
    expect(sameEncap(s2, [a, b])).toBe(true);
    expect(sameEncap(s1, s2)).toBe(false);
    expect(sameEncap(null, null)).toBe(true);
    expect(sameEncap(s1, null)).toBe(false);
    expect(sameEncap([a], [{ ...a, origH: '9.9.9.9' }])).toBe(true);
    expect(sameEncap([a], [{ ...a, uid: 'Z' }])).toBe(false);
  });
});
