import { TestScheduler } from 'rxjs/testing';
import { NetworkTimeScheduler } from '../src/time/NetworkTimeScheduler';
import { createExpiringTable, ExpiredEntry, TableChange } from './createExpiringTable';

// The core's read/write rules (language.md §7.2, §7.4–§7.7), checked on a TestScheduler.
// Frames are milliseconds; options are seconds.

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

/** Runs `body` at frame `atMs`. */
function at(ts: TestScheduler, atMs: number, body: () => void): void {
  ts.schedule(body, atMs);
}

function collect<K extends string | number, V>(t: { expired$: import('rxjs').Observable<ExpiredEntry<K, V>> }) {
  const out: string[] = [];
  t.expired$.subscribe((e) => out.push(`${e.key}@${e.timeSeconds}`));
  return out;
}

describe('createExpiringTable: &default', () => {
  it('a missing key yields the default without inserting it, and is not a read', () => {
    const t = createExpiringTable<string, number>({ default: () => 0, readExpire: 5, scheduler: testScheduler() });
    expect(t.get('x')).toBe(0);
    expect(t.size).toBe(0);
    expect(t.has('x')).toBe(false); // `in` never consults the default
  });

  it('t[k] += 1 reads the default, then writes the key', () => {
    const t = createExpiringTable<string, number>({ default: () => 0, scheduler: testScheduler() });
    t.set('x', t.get('x')! + 1);
    t.set('x', t.get('x')! + 1);
    expect(t.peek('x')).toBe(2);
  });

  it('the default function receives the missing key, for every miss', () => {
    const seen: string[] = [];
    const t = createExpiringTable<string, string[]>({ default: (k) => (seen.push(k), []), scheduler: testScheduler() });
    const a = t.get('a');
    const b = t.get('a');
    expect(a).not.toBe(b); // a fresh aggregate per miss
    expect(seen).toEqual(['a', 'a']);
  });

  it('&default_insert stores the produced value', () => {
    const t = createExpiringTable<string, number>({ default: () => 7, defaultInsert: true, scheduler: testScheduler() });
    expect(t.get('k')).toBe(7);
    expect(t.peek('k')).toBe(7);
    expect(t.size).toBe(1);
  });

  it('without &default a missing key yields undefined (the compiler raises "no such index")', () => {
    expect(createExpiringTable<string, number>({ scheduler: testScheduler() }).get('nope')).toBeUndefined();
  });
});

describe('createExpiringTable: what counts as a read (§7.2)', () => {
  it('peek, forEach, keys and size do not refresh &read_expire; get, has and touch do', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const t = createExpiringTable<string, number>({ readExpire: 0.005, exact: true, scheduler: ts });
      const out = collect(t);
      at(ts, 0, () => ['p', 'g', 'h', 't'].forEach((k) => t.set(k, 1)));
      at(ts, 3, () => {
        t.peek('p');
        t.forEach(() => undefined);
        [...t.keys()];
        void t.size;
        t.get('g');
        t.has('h');
        t.touch('t');
      });
      flush();
      expect(out).toEqual(['p@0.005', 'g@0.008', 'h@0.008', 't@0.008']);
    });
  });
});

describe('createExpiringTable: &on_change', () => {
  it('reports new (new value), changed / removed / expired (old value), not re-entered', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const log: string[] = [];
      const t = createExpiringTable<string, number>({
        createExpire: 0.005,
        exact: true,
        scheduler: ts,
        onChange: (tbl, change: TableChange, k, v) => {
          log.push(`${change} ${k} ${v}`);
          if (k === 'a' && change === 'new') tbl.set('inner', 0); // not reported: no recursion
        },
      });
      at(ts, 0, () => {
        t.set('a', 1);
        t.set('a', 2);
        t.set('b', 3);
        t.delete('b');
        t.delete('b');
      });
      flush();
      expect(log).toEqual(['new a 1', 'changed a 1', 'new b 3', 'removed b 3', 'expired a 2', 'expired inner 0']);
      expect([...t.keys()]).toEqual([]);
    });
  });
});

describe('createExpiringTable: sets', () => {
  it('re-adding a member is a write for &write_expire but reports no change', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const log: string[] = [];
      const s = createExpiringTable<string, true>({
        isSet: true,
        writeExpire: 0.005,
        exact: true,
        scheduler: ts,
        onChange: (_t, change, k) => log.push(`${change} ${k}@${ts.now()}`),
      });
      at(ts, 0, () => s.set('m', true));
      at(ts, 3, () => s.set('m', true));
      flush();
      expect(log).toEqual(['new m@0', 'expired m@8']);
    });
  });
});

describe('createExpiringTable: &expire_func corner cases', () => {
  it('an entry the function deletes itself is not reported again', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const t = createExpiringTable<string, number>({
        createExpire: 0.002,
        exact: true,
        scheduler: ts,
        expireFunc: (k, _v, tbl) => (tbl.delete(k), 10),
      });
      const out = collect(t);
      at(ts, 0, () => t.set('a', 1));
      flush();
      expect(out).toEqual([]);
      expect(t.size).toBe(0);
    });
  });

  it('is called with the entry still readable, and in Zeek mode re-stamps to stamp(now − I + r)', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const calls: string[] = [];
      const t = createExpiringTable<string, number>({
        createExpire: 5,
        scheduler: ts,
        expireFunc: (k, v, tbl) => (calls.push(`${k}=${tbl.peek(k)}=${v}@${ts.now() / 1000}`), calls.length === 1 ? 0.5 : 0),
      });
      const out = collect(t);
      at(ts, 2000, () => t.set('a', 9)); // A = 2, due 7 -> sweep at 11: A := trunc(11 − 5 + 0.5) = 6 -> due 11 < 21
      at(ts, 30_000, () => t.dispose()); // sweeps re-arm forever; TestScheduler.run would never end
      flush();
      expect(calls).toEqual(['a=9=9@11', 'a=9=9@21']);
      expect(out).toEqual(['a@21']);
    });
  });
});

describe('createExpiringTable: robustness', () => {
  it('exact mode: an entry given more time does not delay a neighbour due before it', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const t = createExpiringTable<string, number>({
        createExpire: 0.005,
        exact: true,
        scheduler: ts,
        expireFunc: (k) => (k === 'a' ? (t.peek('a') === 1 ? (t.set('a', 2), 0.01) : 0) : 0),
      });
      const out = collect(t);
      at(ts, 0, () => t.set('a', 1)); // due 5 -> +10 -> due 15
      at(ts, 2, () => t.set('b', 1)); // due 7: must not wait for 15
      flush();
      expect(out).toEqual(['b@0.007', 'a@0.015']);
    });
  });

  it('an expire_func that throws is reported, the entry is removed, and sweeps go on', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const errors: string[] = [];
      const t = createExpiringTable<string, number>({
        createExpire: 0,
        scheduler: ts,
        onError: (e) => errors.push((e as Error).message),
        expireFunc: (k) => {
          if (k === 'bad') throw new Error('boom');
          return 0;
        },
      });
      const out = collect(t);
      t.set('bad', 1);
      at(ts, 5000, () => t.set('good', 1));
      at(ts, 30_000, () => t.dispose());
      flush();
      expect(errors).toEqual(['boom']);
      expect(out).toEqual(['bad@1', 'good@11']);
    });
  });

  it('with the default onError the error escapes the timer, yet the next sweep is still armed', () => {
    const clock = new NetworkTimeScheduler();
    let throwOnce = true;
    const t = createExpiringTable<string, number>({
      createExpire: 0,
      scheduler: clock,
      expireFunc: () => {
        if (throwOnce) {
          throwOnce = false;
          throw new Error('boom');
        }
        return 0;
      },
    });
    t.set('a', 1);
    expect(() => clock.advanceTo(5)).toThrow('boom');
    expect(t.size).toBe(1);
    expect(clock.nextDue()).toBe(5.01); // the interrupted pass continues after 'a'
    clock.advanceTo(6); // … and completes: next pass at 16.01
    expect(t.size).toBe(1);
    clock.advanceTo(17);
    expect(t.size).toBe(0);
  });
});

describe('createExpiringTable: the interval', () => {
  it('precedence create > write > read when several are given', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const t = createExpiringTable<string, number>({ readExpire: 0.05, writeExpire: 0.02, createExpire: 0.003, exact: true, scheduler: ts });
      const out = collect(t);
      at(ts, 0, () => t.set('a', 1));
      at(ts, 2, () => t.set('a', 2));
      flush();
      expect(out).toEqual(['a@0.003']);
    });
  });

  it('is re-read at every sweep: a global redefined from −1 s to 6 s before the first sweep still expires', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      let g = -1;
      const t = createExpiringTable<string, number>({ writeExpire: () => g, scheduler: ts });
      const out = collect(t);
      t.set('a', 1);
      g = 6;
      at(ts, 30_000, () => t.dispose());
      flush();
      expect(out).toEqual(['a@11']);
    });
  });

  it('exact mode: a global redefined from −1 s to 0.006 s before the first firing still expires', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      let g = -1;
      const t = createExpiringTable<string, number>({ writeExpire: () => g, exact: true, scheduler: ts });
      const out = collect(t);
      t.set('a', 1);
      g = 0.006;
      flush();
      expect(out).toEqual(['a@0.006']);
    });
  });

  it('exact mode: still negative at the first firing -> off for good', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      let g = -1;
      const t = createExpiringTable<string, number>({ writeExpire: () => g, exact: true, scheduler: ts });
      const out = collect(t);
      t.set('a', 1);
      ts.schedule(() => {
        g = 0.001;
        t.set('b', 1);
      }, 2);
      flush();
      expect(out).toEqual([]);
      expect(t.size).toBe(2);
    });
  });

  it('a negative value at a sweep turns expiry off for good, even if it later becomes positive', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      let g = -1;
      const t = createExpiringTable<string, number>({ writeExpire: () => g, scheduler: ts });
      const out = collect(t);
      t.set('a', 1);
      at(ts, 5000, () => (g = 1));
      flush(); // terminates: no timer is left armed
      expect(out).toEqual([]);
      expect(t.size).toBe(1);
    });
  });
});

describe('createExpiringTable: termination (§7.7)', () => {
  it('sweeps flushed while terminating remove nothing and call no expire_func', () => {
    const ts = testScheduler();
    let terminating = false;
    ts.run(({ flush }) => {
      const calls: string[] = [];
      const t = createExpiringTable<string, number>({
        createExpire: 1,
        scheduler: ts,
        isTerminating: () => terminating,
        expireFunc: (k) => (calls.push(k), 0),
      });
      t.set('a', 1);
      at(ts, 5000, () => (terminating = true));
      flush();
      expect(calls).toEqual([]);
      expect(t.size).toBe(1);
    });
  });

  it('exact mode behaves the same', () => {
    const ts = testScheduler();
    let terminating = false;
    ts.run(({ flush }) => {
      const t = createExpiringTable<string, number>({ createExpire: 0.005, exact: true, scheduler: ts, isTerminating: () => terminating });
      t.set('a', 1);
      at(ts, 2, () => (terminating = true));
      flush();
      expect(t.size).toBe(1);
    });
  });
});

describe('createExpiringTable: sweep passes', () => {
  it('a table of exactly incrementalStep entries completes its pass in one sweep', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const t = createExpiringTable<number, number>({ createExpire: 0, incrementalStep: 3, scheduler: ts });
      const out = collect(t);
      t.set(1, 1);
      t.set(2, 2);
      t.set(3, 3);
      at(ts, 1500, () => t.set(4, 4)); // A = 1; next sweep must be 11 s (complete pass), not 1.01 s
      at(ts, 20_000, () => t.dispose());
      flush();
      expect(out).toEqual(['1@1', '2@1', '3@1', '4@11']);
    });
  });

  it('entries inserted during a pass are examined in the same pass; deleted ones are skipped', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const t = createExpiringTable<number, number>({ createExpire: 0, incrementalStep: 2, scheduler: ts });
      const out = collect(t);
      for (let i = 1; i <= 4; i++) t.set(i, i);
      at(ts, 1005, () => {
        t.delete(3);
        t.set(5, 5);
      });
      at(ts, 5000, () => t.dispose());
      flush();
      expect(out).toEqual(['1@1', '2@1', '4@1.01', '5@1.01']);
    });
  });

  it('dispose stops the sweeps and completes expired$', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const t = createExpiringTable<number, number>({ readExpire: 1, scheduler: ts });
      let completed = false;
      t.expired$.subscribe({ complete: () => (completed = true) });
      t.set(1, 1);
      t.dispose();
      flush();
      expect(completed).toBe(true);
      expect(t.size).toBe(1);
    });
  });
});

describe('restore (persistent state, language.md §9.1)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NetworkTimeScheduler } = require('../src/time/NetworkTimeScheduler') as typeof import('../src/time/NetworkTimeScheduler');

  it('an entry saved with absolute access 1000 expires by this run\'s sweeps as if read at 1000', () => {
    const clock = new NetworkTimeScheduler();
    let start = 0;
    const t = createExpiringTable<string, boolean>({ readExpire: 30, scheduler: clock, startTime: () => start });
    t.restore('x', true, ['x'], 1000); // before the first packet: S not known yet
    expect(t.accessTime('x')).toBe(1000);
    start = 1010;
    clock.advanceTo(1010); // first sweep: stamps the entry relative to S
    expect(t.accessTime('x')).toBe(1000);
    clock.advanceTo(1030.5); // the next sweep runs now: 1000 + 30 < 1030.5, removed
    expect(t.has('x')).toBe(false);
  });

  it('exact mode keeps the absolute time; restore reports no on_change', () => {
    const clock = new NetworkTimeScheduler();
    const changes: string[] = [];
    const t = createExpiringTable<string, number>({ writeExpire: 5, exact: true, scheduler: clock, onChange: (_t, c, k) => changes.push(`${c} ${k}`) });
    clock.advanceTo(100);
    t.restore('a', 1, ['a'], 98);
    expect(t.accessTime('a')).toBe(98);
    clock.advanceTo(103);
    expect(t.has('a')).toBe(false);
    expect(changes).toEqual(['expired a']);
  });
});
