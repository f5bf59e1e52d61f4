/**
 * The worked timelines of language.md §7.8 (tables) and §6/§8 (schedule, when), reproduced
 * on the real `NetworkTimeScheduler`, where timers fire only when a packet advances network
 * time. A `TestScheduler` marble supplies the packets: each marble frame (milliseconds) is
 * the packet timestamp, and every expected marble shows *when* (at which packet) a thing
 * happens.
 */
import { Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { NetworkTimeScheduler } from '../../src/time/NetworkTimeScheduler';
import { createExpiringTable } from '../../operators/createExpiringTable';
import { createWhenEngine } from '../../operators/createWhenEngine';
import { schedule } from '../../operators/schedule';

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

/** The Appendix B per-packet loop, minus the engine: returns the start time S once known. */
function trace(ts: TestScheduler, clock: NetworkTimeScheduler, packets: Observable<string>, handler: (p: string, t: number) => void) {
  const run = { start: 0 };
  packets.subscribe((p) => {
    const t = ts.now() / 1000;
    clock.fire(clock.networkTime); // timers created "for now" since the last advance
    if (run.start === 0) run.start = t; // first packet: S
    clock.advanceTo(t);
    handler(p, t);
  });
  return run;
}

describe('§7.8 timeline 1: &create_expire with quantisation', () => {
  it('a and b both leave at the sweep of 1010.5, not at their nominal 1005.3 / 1007.3', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = new NetworkTimeScheduler();
      let run = { start: 0 };
      const t = createExpiringTable<string, number>({ createExpire: 5, scheduler: clock, startTime: () => run.start });
      t.set('a', 1); // zeek_init, network time 0: stored offset 0
      const packets = cold(' 1000.3s p 2599ms b 3099ms c 4199ms p 299ms p 10499ms p');
      const expected = '     1010.5s (ab)';
      const aInT: boolean[] = [];
      run = trace(ts, clock, packets, (p) => {
        if (p === 'b') t.set('b', 2); // A(b) = 1000.3 + trunc(2.6) = 1002.3
        if (p === 'c') aInT.push(t.has('a')); // 1006.0: still there
      });
      expectObservable(t.expired$ as Observable<{ key: string }>).toBe(expected, {
        a: { key: 'a', value: 1, timeSeconds: 1010.5 },
        b: { key: 'b', value: 2, timeSeconds: 1010.5 },
      });
      ts.flush();
      expect(aInT).toEqual([true]);
      expect(clock.nextDue()).toBe(1031); // the 1021.0 sweep found an empty table and re-armed
    });
  });
});

describe('§7.8 timeline 2: &read_expire, reads refresh', () => {
  it('read at 125.7 -> A = 125 -> survives the 150 sweep, removed at 160', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = new NetworkTimeScheduler();
      let run = { start: 0 };
      const seen = createExpiringTable<string, true>({ readExpire: 30, scheduler: clock, startTime: () => run.start });
      const packets = cold(' 100s a 9999ms p 9999ms p 5699ms r 4299ms p 9999ms p 9999ms p 9999ms p');
      const expected = '     160s x';
      run = trace(ts, clock, packets, (p) => {
        if (p === 'a') seen.set('10.0.0.1', true);
        if (p === 'r') expect(seen.has('10.0.0.1')).toBe(true);
      });
      expectObservable(seen.expired$).toBe(expected, { x: { key: '10.0.0.1', value: true, timeSeconds: 160 } });
    });
  });

  it('another `in` at 152.3 -> A = 152 -> the entry survives until the sweep at 190', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = new NetworkTimeScheduler();
      let run = { start: 0 };
      const seen = createExpiringTable<string, true>({ readExpire: 30, scheduler: clock, startTime: () => run.start });
      const packets = cold(' 100s a 9999ms p 9999ms p 5699ms r 4299ms p 9999ms p 9999ms p 2299ms r 7699ms p 9999ms p 9999ms p 9999ms p');
      const expected = '     190s x';
      run = trace(ts, clock, packets, (p) => {
        if (p === 'a') seen.set('10.0.0.1', true);
        if (p === 'r') seen.has('10.0.0.1');
      });
      expectObservable(seen.expired$).toBe(expected, { x: { key: '10.0.0.1', value: true, timeSeconds: 190 } });
    });
  });
});

describe('§7.8 timeline 3: &expire_func postponing once', () => {
  it('prints "expiring x at 110.0" and "expiring x at 120.0"; removed at 120', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = new NetworkTimeScheduler();
      let run = { start: 0 };
      const printed: string[] = [];
      const tries = createExpiringTable<string, number>({
        createExpire: 5,
        scheduler: clock,
        startTime: () => run.start,
        expireFunc: (k, v, t) => {
          printed.push(`expiring ${k} at ${clock.networkTime.toFixed(1)}`);
          if (t.get(k) === 0) {
            t.set(k, 1); // a write, but &create_expire keeps A
            return 3;
          }
          return 0;
        },
      });
      const packets = cold(' 100s x 9999ms p 9999ms p 9999ms p');
      const expected = '     120s r';
      run = trace(ts, clock, packets, (p) => {
        if (p === 'x') tries.set('x', 0);
      });
      expectObservable(tries.expired$).toBe(expected, { r: { key: 'x', value: 1, timeSeconds: 120 } });
      ts.flush();
      expect(printed).toEqual(['expiring x at 110.0', 'expiring x at 120.0']);
    });
  });
});

describe('§7.8 timeline 4 / §7.7: end of input', () => {
  it('t["c"] (due 1013.3) is still present in zeek_done; the shutdown flush expires nothing', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = new NetworkTimeScheduler();
      let run = { start: 0 };
      const calls: string[] = [];
      const t = createExpiringTable<string, number>({
        createExpire: 5,
        scheduler: clock,
        startTime: () => run.start,
        expireFunc: (k) => (calls.push(k), 0),
      });
      t.set('a', 1);
      const packets = cold(' 1000.3s p 8699ms c 1499ms p 4499ms p');
      const expected = '     1010.5s a';
      run = trace(ts, clock, packets, (p) => {
        if (p === 'c') t.set('c', 3); // A = 1000.3 + trunc(8.7) = 1008.3
      });
      expectObservable(t.expired$).toBe(expected, { a: { key: 'a', value: 1, timeSeconds: 1010.5 } });
      ts.flush();
      clock.flushAll(); // termination (§5.7 step 5)
      expect([...t.keys()]).toEqual(['c']);
      expect(calls).toEqual(['a']);
    });
  });
});

describe('§8.6: a when created at network time 0 counts its timeout from the first packet', () => {
  it('timeout 5 s in zeek_init, first packet 1000.3 -> timeout body at the first packet >= 1005.3', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const clock = new NetworkTimeScheduler();
      const whens = createWhenEngine({ scheduler: clock });
      const out = new Observable<number>((sub) => {
        whens.when({ condition: () => false, body: () => undefined, timeoutSeconds: 5, timeoutBody: () => sub.next(clock.networkTime) });
      });
      const packets = cold(' 1000.3s p 3699ms p 1999ms p 999ms p');
      const expected = '     1006s t';
      expectObservable(out).toBe(expected, { t: 1006 });
      trace(ts, clock, packets, () => undefined);
    });
  });
});

describe('§6.2 / §8.7: timers against events and at termination', () => {
  it('a scheduled event (due earlier) and a when timeout (due later) fire at one packet: timeout output first', () => {
    const ts = testScheduler();
    ts.run(({ cold, flush }) => {
      const clock = new NetworkTimeScheduler();
      const whens = createWhenEngine({ scheduler: clock });
      const queue: string[] = [];
      const out: string[] = [];
      const packets = cold(' 100s a 9999ms b');
      trace(ts, clock, packets, (p) => {
        if (p === 'a') {
          schedule(clock, 2, (ev: string) => queue.push(ev), 'scheduled_event');
          whens.when({ condition: () => false, body: () => undefined, timeoutSeconds: 5, timeoutBody: () => out.push(`timeout at ${clock.networkTime}`) });
        }
        queue.push(`packet event ${p}`);
        // drain
        for (const ev of queue.splice(0)) out.push(`${ev} at ${clock.networkTime}`);
      });
      flush();
      expect(out).toEqual([
        'packet event a at 100',
        'timeout at 110', // inline during the advance
        'scheduled_event at 110', // its handler runs in the drain, before the packet's own events
        'packet event b at 110',
      ]);
    });
  });

  it('at termination pending timeouts run, pending schedules run, whens without timeout vanish, new schedules are ignored', () => {
    const ts = testScheduler();
    ts.run(({ cold, flush }) => {
      const clock = new NetworkTimeScheduler();
      const whens = createWhenEngine({ scheduler: clock });
      const out: string[] = [];
      const packets = cold(' 100s a');
      trace(ts, clock, packets, () => {
        schedule(clock, 60, (ev: string) => out.push(`${ev} at ${clock.networkTime}`), 'late_event');
        whens.when({ condition: () => false, body: () => out.push('never'), timeoutSeconds: 30, timeoutBody: () => out.push(`timeout at ${clock.networkTime}`) });
        whens.when({ condition: () => false, body: () => out.push('never either') });
      });
      flush();
      clock.flushAll();
      expect(schedule(clock, 1, () => out.push('ignored'), null)).toBeUndefined();
      clock.flushAll();
      expect(out).toEqual(['timeout at 100', 'late_event at 100']);
      expect(whens.pendingCount).toBe(1); // the timeout-less when, silently never run
    });
  });

  it('schedule 1 min in zeek_init fires at the first packet (§6.3)', () => {
    const ts = testScheduler();
    ts.run(({ cold, flush }) => {
      const clock = new NetworkTimeScheduler();
      const out: number[] = [];
      schedule(clock, 60, () => out.push(clock.networkTime), null);
      trace(ts, clock, cold(' 1000.3s p'), () => undefined);
      flush();
      expect(out).toEqual([1000.3]);
    });
  });
});

describe('§8.3 baselines on the when engine', () => {
  it('language.when-on-globals: three conditions fire after their modifications, the nested one times out', () => {
    const clock = new NetworkTimeScheduler({ startTime: 10 });
    const whens = createWhenEngine({ scheduler: clock });
    const out: string[] = [];
    const g = {
      x1: 42,
      x2: new Map<number, { s: string }>([[10, { s: 'foo' }]]),
      x3: new Map<number, { x: Set<string> }>([[20, { x: new Set() }]]),
    };
    const timeout = (what: string) => () => out.push(`timeout ${what}`);
    whens.when({ condition: (w) => (w('x1'), g.x1 !== 42), body: () => out.push('x1 != 42'), timeoutSeconds: 1, timeoutBody: timeout('x1') });
    whens.when({ condition: (w) => (w('x2'), w(g.x2), g.x2.has(15)), body: () => out.push('15 in x2'), timeoutSeconds: 1, timeoutBody: timeout('15') });
    whens.when({
      condition: (w) => {
        w('x2');
        w(g.x2);
        const r = g.x2.get(10)!;
        w(r); // the record reached by indexing is watched too
        return r.s === 'bar';
      },
      body: () => out.push('x2[10]$s == bar'),
      timeoutSeconds: 1,
      timeoutBody: timeout('x2[10]$s'),
    });
    whens.when({
      condition: (w) => {
        w('x3');
        w(g.x3);
        const r = g.x3.get(20)!;
        w(r); // but not the set nested inside it
        return r.x.has('j');
      },
      body: () => out.push('j in x3[20]$x'),
      timeoutSeconds: 1,
      timeoutBody: timeout('j in x3[20]$x'),
    });
    // one handler makes the four modifications
    g.x1 = 1;
    whens.changed('x1');
    g.x2.set(15, { s: 'new' });
    whens.changed(g.x2);
    const r10 = g.x2.get(10)!;
    r10.s = 'bar';
    whens.changed(r10);
    const inner = g.x3.get(20)!.x;
    inner.add('j');
    whens.changed(inner);
    whens.reevaluate(); // end of drain
    clock.advanceTo(12);
    expect(out).toEqual(['x1 != 42', '15 in x2', 'x2[10]$s == bar', 'timeout j in x3[20]$x']);
  });

  it('language.when-unitialized-rhs: errors count as false; both bodies run after the handler, x first', () => {
    const clock = new NetworkTimeScheduler({ startTime: 10 });
    const errors: string[] = [];
    const whens = createWhenEngine({ scheduler: clock, onConditionError: (e) => errors.push((e as Error).message) });
    const globals = new Map<string, number>();
    const read = (name: string): number => {
      if (!globals.has(name)) throw new Error(`value used but not set (${name})`);
      return globals.get(name)!;
    };
    const out: string[] = [];
    whens.when({ condition: (w) => (w('crashMe'), read('crashMe') === 1), body: () => out.push('crashMe') });
    whens.when({ condition: (w) => (w('x'), read('x') === 1), body: () => out.push('x') });
    expect(errors).toEqual(['value used but not set (crashMe)', 'value used but not set (x)']);
    globals.set('x', 1);
    whens.changed('x');
    globals.set('crashMe', 1);
    whens.changed('crashMe');
    out.push('handler');
    whens.reevaluate();
    expect(out).toEqual(['handler', 'x', 'crashMe']);
  });
});
