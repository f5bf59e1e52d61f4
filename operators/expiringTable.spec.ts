import { TestScheduler } from 'rxjs/testing';
import { ExpiredEntry } from './createExpiringTable';
import { expiringTable, TableOp } from './expiringTable';

// Marble frames are milliseconds; Bro intervals in the options are seconds, so an
// exact-mode timeout of 0.005 s is 5 frames.

const set = (key: string, value: number): TableOp<string, number> => ({ op: 'set', key, value });
const get = (key: string): TableOp<string, number> => ({ op: 'get', key });
const has = (key: string): TableOp<string, number> => ({ op: 'has', key });
const del = (key: string): TableOp<string, number> => ({ op: 'delete', key });
const gone = (key: string, value: number, timeSeconds: number): ExpiredEntry<string, number> => ({ key, value, timeSeconds });

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

describe('expiringTable, exact mode (each entry leaves at access + I)', () => {
  it('&read_expire: reads and membership tests refresh, a missing-key read does not', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const ops = cold('  -a--r-m-h-------|', { a: set('h', 1), r: get('h'), m: get('zz'), h: has('h') });
      const expected = '  -------------x--|';
      //                 a@1, read@4 -> due 9, has@8 -> due 13
      expectObservable(ops.pipe(expiringTable({ readExpire: 0.005, exact: true, scheduler: ts }))).toBe(expected, {
        x: gone('h', 1, 0.013),
      });
    });
  });

  it('&write_expire: writes refresh, reads do not', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const ops = cold('  -a-r-w-r-----|', { a: set('h', 1), r: get('h'), w: set('h', 2) });
      const expected = '  ----------x--|';
      //                 write@5 -> due 10; the reads at 3 and 7 change nothing
      expectObservable(ops.pipe(expiringTable({ writeExpire: 0.005, exact: true, scheduler: ts }))).toBe(expected, {
        x: gone('h', 2, 0.01),
      });
    });
  });

  it('&create_expire: neither re-assignment nor reads extend the entry', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const ops = cold('  -a-w-r-----|', { a: set('h', 1), w: set('h', 2), r: has('h') });
      const expected = '  ------x----|';
      expectObservable(ops.pipe(expiringTable({ createExpire: 0.005, exact: true, scheduler: ts }))).toBe(expected, {
        x: gone('h', 2, 0.006),
      });
    });
  });

  it('delete removes without reporting an expiry; a re-insert starts afresh', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const ops = cold('  -a-d-a--------|', { a: set('h', 1), d: del('h') });
      const expected = '  ----------x---|';
      expectObservable(ops.pipe(expiringTable({ createExpire: 0.005, exact: true, scheduler: ts }))).toBe(expected, {
        x: gone('h', 1, 0.01),
      });
    });
  });

  it('&expire_func extends an entry twice, then lets it go', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const calls: number[] = [];
      const expireFunc = (): number => {
        calls.push(ts.now());
        return calls.length <= 2 ? 0.003 : 0;
      };
      const ops = cold('  -a-------------|', { a: set('h', 1) });
      const expected = '  ------------x--|';
      //                 due 6 -> +3 s -> due 9 -> +3 -> due 12 -> 0: removed
      expectObservable(ops.pipe(expiringTable({ createExpire: 0.005, expireFunc, exact: true, scheduler: ts }))).toBe(
        expected,
        { x: gone('h', 1, 0.012) },
      );
      ts.flush();
      expect(calls).toEqual([6, 9, 12]);
    });
  });

  it('entries due at the same instant leave in insertion order', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const ops = cold('  -(ab)------|', { a: set('a', 1), b: set('b', 2) });
      const expected = '  ------(xy)-|';
      expectObservable(ops.pipe(expiringTable({ readExpire: 0.005, exact: true, scheduler: ts }))).toBe(expected, {
        x: gone('a', 1, 0.006),
        y: gone('b', 2, 0.006),
      });
    });
  });
});

describe('expiringTable, Zeek-exact sweeps (default)', () => {
  it('quantises access to whole seconds and removes at the first sweep after the due time', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      // S = 0. Sweeps at 1 s, 11 s, 21 s … Set at 2.5 s: A = trunc(2.5) = 2, due 7 -> removed at 11 s.
      const ops = cold('  2500ms a 30s |', { a: set('h', 1) });
      const expected = '  11s x 21500ms |';
      expectObservable(ops.pipe(expiringTable({ createExpire: 5, scheduler: ts }))).toBe(expected, {
        x: gone('h', 1, 11),
      });
    });
  });

  it('the comparison is strict: A + I equal to the sweep time is not yet due', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      // A = 1, I = 10: 11 < 11 is false at the 11 s sweep, so the entry leaves at 21 s.
      const ops = cold('  1s a 30s |', { a: set('h', 1) });
      const expected = '  21s x 10s |';
      expectObservable(ops.pipe(expiringTable({ readExpire: 10, scheduler: ts }))).toBe(expected, {
        x: gone('h', 1, 21),
      });
    });
  });

  it('a read just before a sweep carries the entry over to a later sweep', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      // set at 1 s (due 6); read at 10.9 s: A = 10, due 15 -> survives 11 s, removed at 21 s.
      const ops = cold('  1s a 9899ms r 20s |', { a: set('h', 1), r: has('h') });
      const expected = '  21s x 9900ms |';
      expectObservable(ops.pipe(expiringTable({ readExpire: 5, scheduler: ts }))).toBe(expected, {
        x: gone('h', 1, 21),
      });
    });
  });

  it('batches by incrementalStep, continuing expireDelay later', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      // Five entries due at 0 s; the sweep at 1 s examines 2, then 2 at 1.01 s, then 1 at 1.02 s.
      const ops = cold('  (abcde) 30s |', { a: set('a', 1), b: set('b', 2), c: set('c', 3), d: set('d', 4), e: set('e', 5) });
      const expected = '  1s (pq) 6ms (rs) 6ms t 28986ms |';
      expectObservable(
        ops.pipe(expiringTable({ createExpire: 0, incrementalStep: 2, scheduler: ts })),
      ).toBe(expected, {
        p: gone('a', 1, 1),
        q: gone('b', 2, 1),
        r: gone('c', 3, 1.01),
        s: gone('d', 4, 1.01),
        t: gone('e', 5, 1.02),
      });
    });
  });

  it('after a complete pass the next sweep is expireInterval after the one that completed it', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      // Two entries, step 2: the 1 s sweep examines both and finds the end -> next sweeps 6, 11, 16 s.
      // A third entry set at 12 s (due 12) is removed at 16 s.
      const ops = cold('  (ab) 12s c 10s |', { a: set('a', 1), b: set('b', 2), c: set('c', 3) });
      const expected = '  1s (pq) 14996ms r 6004ms |';
      expectObservable(
        ops.pipe(expiringTable({ createExpire: 0, incrementalStep: 2, expireInterval: 5, scheduler: ts })),
      ).toBe(expected, {
        p: gone('a', 1, 1),
        q: gone('b', 2, 1),
        r: gone('c', 3, 16),
      });
    });
  });
});
