import { rng } from '../../bench/rng';
import { createProbe, type KeyProbe, type SessionKey } from './sessionKey';
import { SessionTable } from './sessionTable';

interface Flow extends SessionKey {
  id: number;
}

const NONE = Buffer.alloc(0);

/** A key with a chosen hash (few distinct hashes force collisions and long probe runs). */
function flow(id: number, hash: number): Flow {
  return { id, hash, v6: false, a4: id, b4: -id, a6b6: NONE, pa: 80, pb: id & 0xffff, proto: 6 };
}

function probeFor(f: Flow): KeyProbe {
  return { ...createProbe(), hash: f.hash, a4: f.a4, b4: f.b4, pa: f.pa, pb: f.pb, proto: f.proto };
}

describe('SessionTable', () => {
  test('lookup / insert / remove agree with a Map through growth, collisions and wrap-around', () => {
    const random = rng(7);
    const table = new SessionTable<Flow>();
    const ref = new Map<number, Flow>();
    let next = 0;
    for (let step = 0; step < 60000; step++) {
      const r = random();
      if (r < 0.55 || ref.size === 0) {
        // Hashes from a small range (collisions) or near the top of the slot range (runs wrap to slot 0).
        const hash = r < 0.2 ? Math.floor(random() * 50) : r < 0.3 ? 1023 - Math.floor(random() * 3) : Math.floor(random() * 2 ** 30);
        const f = flow(next++, hash);
        table.insert(f);
        ref.set(f.id, f);
      } else {
        const ids = [...ref.keys()];
        const f = ref.get(ids[Math.floor(random() * ids.length)])!;
        table.remove(f);
        ref.delete(f.id);
        expect(table.lookup(probeFor(f), NONE)).toBeUndefined();
      }
      if (step % 997 === 0) {
        for (const f of ref.values()) expect(table.lookup(probeFor(f), NONE)).toBe(f);
      }
    }
    expect(table.size).toBe(ref.size);
    const seen: number[] = [];
    table.forEach((f) => seen.push(f.id));
    expect(seen.sort((a, b) => a - b)).toEqual([...ref.keys()].sort((a, b) => a - b));
  });

  test('same hash, different key: both found, the right one removed', () => {
    const table = new SessionTable<Flow>();
    const a = flow(1, 5);
    const b = flow(2, 5);
    table.insert(a);
    table.insert(b);
    expect(table.lookup(probeFor(b), NONE)).toBe(b);
    table.remove(a);
    expect(table.lookup(probeFor(a), NONE)).toBeUndefined();
    expect(table.lookup(probeFor(b), NONE)).toBe(b);
  });
});
