import {
  bufferTime,
  debounceTime,
  delay,
  interval,
  Observable,
  observeOn,
  of,
  ObservableNotification,
  OperatorFunction,
  SchedulerAction,
  SchedulerLike,
  take,
  throwError,
  timeout,
  TimeoutError,
  timer,
} from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { NetworkTimeScheduler } from './NetworkTimeScheduler';

type Msg = { frame: number; notification: ObservableNotification<unknown> };

/** Fires a recorder: pushes `[label, now]` for every timer that runs. */
function recorder() {
  const log: Array<[string, number]> = [];
  const fn = (label: string, now: number) => void log.push([label, now]);
  return { log, fn };
}

describe('NetworkTimeScheduler engine API', () => {
  test('fires in due order, ties in scheduling order, with now = network time of the advance', () => {
    const s = new NetworkTimeScheduler();
    const { log, fn } = recorder();
    s.at(5, fn, 'c');
    s.at(2, fn, 'a');
    s.at(5, fn, 'd');
    s.at(2, fn, 'b');
    s.at(9, fn, 'e');
    expect(s.pendingCount).toBe(5);
    expect(s.advanceTo(6)).toBe(4);
    expect(log).toEqual([['a', 6], ['b', 6], ['c', 6], ['d', 6]]);
    expect(s.networkTime).toBe(6);
    expect(s.pendingCount).toBe(1);
    expect(s.nextDue()).toBe(9);
  });

  test('a heap of random timers fires in exact (due, seq) order', () => {
    const s = new NetworkTimeScheduler();
    const fired: number[] = [];
    const dues: number[] = [];
    let x = 12345;
    for (let i = 0; i < 5000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const due = x % 97; // many ties
      dues.push(due);
      s.at(due, (i: number) => void fired.push(i), i);
    }
    s.advanceTo(100);
    const expected = dues.map((d, i) => [d, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((p) => p[1]);
    expect(fired).toEqual(expected);
  });

  test('network time never goes backwards; timers due in the past fire at the next advance', () => {
    const s = new NetworkTimeScheduler({ startTime: 100 });
    const { log, fn } = recorder();
    s.at(50, fn, 'past');
    expect(log).toEqual([]); // not synchronously (§6.2)
    s.advanceTo(90); // an out-of-order packet: time stays 100
    expect(s.networkTime).toBe(100);
    expect(log).toEqual([['past', 100]]);
    s.at(100, fn, 'now');
    s.advanceTo(100);
    expect(log).toEqual([['past', 100], ['now', 100]]);
  });

  test('timers created while firing run in the same advance if due, after earlier-created ones of the same due', () => {
    const s = new NetworkTimeScheduler();
    const { log, fn } = recorder();
    s.at(1, () => {
      fn('first', s.networkTime);
      s.at(2, fn, 'chained-2'); // due: runs in this advance, before 'later-3'
      s.at(1, fn, 'chained-1'); // due at 1 but created after 'tie-1' → after it
      s.at(4, fn, 'not-due');
    });
    s.at(1, fn, 'tie-1');
    s.at(3, fn, 'later-3');
    s.advanceTo(3);
    expect(log.map((l) => l[0])).toEqual(['first', 'tie-1', 'chained-1', 'chained-2', 'later-3']);
    expect(s.nextDue()).toBe(4);
  });

  test('cancel is idempotent, skips the timer and keeps the count exact', () => {
    const s = new NetworkTimeScheduler();
    const { log, fn } = recorder();
    const a = s.at(1, fn, 'a');
    const b = s.at(2, fn, 'b');
    expect(s.cancel(a)).toBe(true);
    expect(s.cancel(a)).toBe(false);
    expect(s.isPending(a)).toBe(false);
    expect(s.isPending(b)).toBe(true);
    expect(s.pendingCount).toBe(1);
    expect(s.nextDue()).toBe(2);
    s.advanceTo(5);
    expect(log).toEqual([['b', 5]]);
    expect(s.cancel(b)).toBe(false); // already fired
    expect(s.pendingCount).toBe(0);
    expect(s.nextDue()).toBeUndefined();
  });

  test('a callback may cancel a later timer of the same advance', () => {
    const s = new NetworkTimeScheduler();
    const { log, fn } = recorder();
    const h = { victim: s.at(2, fn, 'victim') };
    s.at(1, () => void s.cancel(h.victim));
    s.at(3, fn, 'survivor');
    s.advanceTo(3);
    expect(log).toEqual([['survivor', 3]]);
  });

  test('mass cancellation compacts the heap without changing order', () => {
    const s = new NetworkTimeScheduler();
    const fired: number[] = [];
    const handles = [];
    for (let i = 0; i < 10000; i++) handles.push(s.at(10000 - i, (i: number) => void fired.push(i), i));
    for (let i = 0; i < 10000; i++) if (i % 10 !== 0) s.cancel(handles[i]);
    expect(s.pendingCount).toBe(1000);
    expect(s.advanceTo(20000)).toBe(1000);
    const expected = [];
    for (let i = 9990; i >= 0; i -= 10) expected.push(i);
    expect(fired).toEqual(expected);
  });

  test('after() is relative to network time', () => {
    const s = new NetworkTimeScheduler({ startTime: 10 });
    expect(s.after(5, () => undefined).due).toBe(15);
  });

  test('NaN due times are rejected', () => {
    expect(() => new NetworkTimeScheduler().at(NaN, () => undefined)).toThrow(RangeError);
  });

  test('fire(limit) runs due timers without moving network time', () => {
    const s = new NetworkTimeScheduler({ startTime: 10 });
    const { log, fn } = recorder();
    s.at(3, fn, 'a');
    s.at(12, fn, 'b');
    expect(s.fire()).toBe(1);
    expect(log).toEqual([['a', 10]]);
    expect(s.fire(12)).toBe(1);
    expect(log).toEqual([['a', 10], ['b', 10]]);
    expect(s.networkTime).toBe(10);
  });

  test('maxTimerExpires caps one advance; the rest fire at the next', () => {
    const s = new NetworkTimeScheduler({ maxTimerExpires: 2 });
    const { log, fn } = recorder();
    for (const l of ['a', 'b', 'c']) s.at(1, fn, l);
    expect(s.advanceTo(1)).toBe(2);
    expect(s.advanceTo(2)).toBe(1);
    expect(log).toEqual([['a', 1], ['b', 1], ['c', 2]]);
  });

  test('an error propagates by default, leaving the remaining timers intact', () => {
    const s = new NetworkTimeScheduler();
    const { log, fn } = recorder();
    s.at(1, () => {
      throw new Error('boom');
    });
    s.at(2, fn, 'b');
    expect(() => s.advanceTo(2)).toThrow('boom');
    expect(s.pendingCount).toBe(1);
    s.advanceTo(2);
    expect(log).toEqual([['b', 2]]);
  });

  test('with onError, an error is reported and firing continues', () => {
    const errors: unknown[] = [];
    const s = new NetworkTimeScheduler({ onError: (e, h) => void errors.push([(e as Error).message, h.due]) });
    const { log, fn } = recorder();
    s.at(1, () => {
      throw new Error('boom');
    });
    s.at(2, fn, 'b');
    expect(s.advanceTo(2)).toBe(2);
    expect(errors).toEqual([['boom', 1]]);
    expect(log).toEqual([['b', 2]]);
  });

  test('advancing from inside a timer callback is refused', () => {
    const s = new NetworkTimeScheduler();
    let caught: unknown;
    s.at(1, () => {
      try {
        s.advanceTo(5);
      } catch (e) {
        caught = e;
      }
    });
    s.advanceTo(1);
    expect((caught as Error).message).toMatch(/inside a timer callback/);
    expect(s.networkTime).toBe(1);
  });
});

describe('NetworkTimeScheduler.flushAll (termination, language.md §5.7)', () => {
  test('runs everything in (due, seq) order at the current network time with terminating visible', () => {
    const s = new NetworkTimeScheduler();
    s.advanceTo(100);
    const log: Array<[string, number, boolean]> = [];
    const fn = (l: string, now: number) => void log.push([l, now, s.terminating]);
    s.at(1e9, fn, 'far');
    s.at(200, fn, 'near');
    s.at(200, fn, 'near-2');
    expect(s.terminating).toBe(false);
    expect(s.flushAll()).toBe(3);
    expect(log).toEqual([
      ['near', 100, true],
      ['near-2', 100, true],
      ['far', 100, true],
    ]);
    expect(s.networkTime).toBe(100);
    expect(s.pendingCount).toBe(0);
  });

  test('engine timers armed during the flush are flushed too (a re-armed when-timeout runs)', () => {
    const s = new NetworkTimeScheduler();
    const { log, fn } = recorder();
    s.at(5, () => void s.at(s.networkTime + 30, fn, 're-armed'));
    s.at(10, fn, 'ten');
    expect(s.flushAll()).toBe(3);
    expect(log.map((l) => l[0])).toEqual(['ten', 're-armed']);
  });

  test('RxJS work rescheduled during the flush stays pending instead of looping forever', () => {
    const s = new NetworkTimeScheduler();
    const seen: number[] = [];
    interval(1000, s).subscribe((i) => seen.push(i));
    s.advanceTo(1);
    s.advanceTo(2.5); // the tick due at 2 runs at 2.5 and re-arms for 3.5 (periods follow packets)
    expect(seen).toEqual([0, 1]);
    s.flushAll();
    expect(seen).toEqual([0, 1, 2]); // the pending tick ran once
    expect(s.pendingCount).toBe(1); // its next tick waits
    expect(s.networkTime).toBe(2.5);
  });
});

describe('NetworkTimeScheduler as an RxJS SchedulerLike', () => {
  test('now() is network time in milliseconds', () => {
    const s = new NetworkTimeScheduler({ startTime: 2.5 });
    expect(s.now()).toBe(2500);
    s.advanceTo(3.25);
    expect(s.now()).toBe(3250);
  });

  test('RxJS actions and engine timers share one (due, seq) order', () => {
    const s = new NetworkTimeScheduler();
    const log: string[] = [];
    s.at(2, () => void log.push('engine@2 first'));
    s.schedule(() => void log.push('rx@2'), 2000);
    s.at(2, () => void log.push('engine@2 last'));
    s.schedule(() => void log.push('rx@1'), 1000);
    s.advanceTo(2);
    expect(log).toEqual(['rx@1', 'engine@2 first', 'rx@2', 'engine@2 last']);
  });

  test('zero-delay RxJS work waits for the next advance or fire(), but runs within an advance already under way', () => {
    const s = new NetworkTimeScheduler({ startTime: 5 });
    const seen: Array<[unknown, number]> = [];
    of('a', 'b')
      .pipe(observeOn(s))
      .subscribe((v) => seen.push([v, s.networkTime]));
    expect(seen).toEqual([]); // nothing runs by itself: time moves only through the engine
    s.fire();
    expect(seen).toEqual([
      ['a', 5],
      ['b', 5],
    ]);
    timer(1000, s)
      .pipe(observeOn(s))
      .subscribe((v) => seen.push([v, s.networkTime]));
    s.advanceTo(6);
    expect(seen[2]).toEqual([0, 6]); // the observeOn hop was due "now" and ran in the same advance
  });

  test('rescheduling a pending action replaces its run; a closed action ignores schedule()', () => {
    const s = new NetworkTimeScheduler();
    const log: Array<[unknown, number]> = [];
    const action = s.schedule((v) => void log.push([v, s.now()]), 1000, 'first') as SchedulerAction<string>;
    action.schedule('second', 3000);
    expect(s.pendingCount).toBe(1);
    s.advanceTo(5);
    expect(log).toEqual([['second', 5000]]);
    action.unsubscribe();
    action.schedule('third', 0);
    s.advanceTo(6);
    expect(log).toEqual([['second', 5000]]);
    expect(s.pendingCount).toBe(0);
  });

  test('unsubscribing an action cancels its heap entry', () => {
    const s = new NetworkTimeScheduler();
    const log: string[] = [];
    const sub = s.schedule(() => void log.push('x'), 10);
    expect(s.pendingCount).toBe(1);
    sub.unsubscribe();
    expect(s.pendingCount).toBe(0);
    s.advanceTo(1);
    expect(log).toEqual([]);
  });

  test('a rescheduling action reuses itself and replaces its pending run', () => {
    const s = new NetworkTimeScheduler();
    const log: Array<[number, number]> = [];
    s.schedule(
      function (n) {
        log.push([n!, s.now()]);
        if (n! < 3) this.schedule(n! + 1, 500);
      },
      1000,
      1,
    );
    s.advanceTo(10); // runs n=1 at 10 s, re-armed for 10.5 s: not due yet
    expect(log).toEqual([[1, 10000]]);
    s.advanceTo(10.5);
    s.advanceTo(20);
    expect(log).toEqual([
      [1, 10000],
      [2, 10500],
      [3, 20000],
    ]);
    expect(s.pendingCount).toBe(0);
  });

  test('a due time in ms that is not a multiple of 1/1000 s fires exactly when now() reaches it', () => {
    const s = new NetworkTimeScheduler();
    const log: number[] = [];
    s.schedule(() => void log.push(s.now()), 1001);
    s.advanceTo(1.001); // now() = 1000.9999999999999 < 1001
    expect(log).toEqual([]);
    s.advanceTo(s.nextDue()!);
    expect(log).toEqual([1001.0000000000001]);
  });

  test('debounceTime with an arbitrary epoch clock terminates and emits once idle', () => {
    const s = new NetworkTimeScheduler({ startTime: 1300475167.096535 });
    const out: Array<[string, number]> = [];
    const src = new Observable<string>((sub) => {
      s.at(1300475167.1, () => sub.next('a'));
      s.at(1300475167.3, () => sub.next('b'));
    });
    src.pipe(debounceTime(250, s)).subscribe((v) => out.push([v, s.networkTime]));
    s.advanceTo(1300475167.3);
    s.advanceTo(1300475167.549999); // just short of idle
    expect(out).toEqual([]);
    s.advanceTo(1300475168);
    expect(out).toEqual([['b', 1300475168]]);
  });
});

/**
 * Runs `op` under `TestScheduler.run` (asserting `expected`) and on a
 * `NetworkTimeScheduler` driven frame by frame with `advanceTo(frame / 1000)`
 * (frames below 1000 are exact in seconds), and checks both give the same messages.
 */
function sameAsTestScheduler(
  source: string,
  op: (s: SchedulerLike) => OperatorFunction<string, unknown>,
  expected: string,
  values?: Record<string, unknown>,
  errorValue?: unknown,
): void {
  const ts = new TestScheduler((a, e) => expect(a).toEqual(e));
  let messages: Msg[] = [];
  let want: Msg[] = [];
  ts.run(({ cold, expectObservable }) => {
    expectObservable(cold(source).pipe(op(ts))).toBe(expected, values, errorValue);
    // Parsed inside run() so that one character is one frame (1 ms).
    messages = TestScheduler.parseMarbles(source, undefined, undefined, false, true);
    want = TestScheduler.parseMarbles(expected, values, errorValue, false, true);
  });

  const s = new NetworkTimeScheduler();
  const src = new Observable<string>((sub) => {
    for (const m of messages) {
      s.schedule(() => {
        const n = m.notification;
        if (n.kind === 'N') sub.next(n.value as string);
        else if (n.kind === 'E') sub.error(n.error);
        else sub.complete();
      }, m.frame);
    }
  });
  const got: Msg[] = [];
  const at = () => Math.round(s.now());
  src.pipe(op(s)).subscribe({
    next: (value) => got.push({ frame: at(), notification: { kind: 'N', value, error: undefined } as never }),
    error: (error) => got.push({ frame: at(), notification: { kind: 'E', value: undefined, error } as never }),
    complete: () => got.push({ frame: at(), notification: { kind: 'C', value: undefined, error: undefined } as never }),
  });
  for (let frame = 0; frame < 1000; frame++) {
    expect((frame / 1000) * 1000).toBe(frame);
    s.advanceTo(frame / 1000);
  }
  expect(got).toEqual(want);
}

describe('RxJS time operators give the TestScheduler results in network time', () => {
  test('timer (one-shot and periodic)', () => {
    sameAsTestScheduler('-', (s) => () => timer(30, s), '30ms (a|)', { a: 0 });
    sameAsTestScheduler('-', (s) => () => timer(20, 10, s).pipe(take(3)), '20ms a 9ms b 9ms (c|)', { a: 0, b: 1, c: 2 });
  });

  test('delay', () => {
    sameAsTestScheduler('-a--b---c|', (s) => delay(20, s), '21ms a--b---(c|)');
  });

  test('timeout (default TimeoutError and a with-factory)', () => {
    sameAsTestScheduler(
      '-a--b------c|',
      (s) => timeout({ each: 5, with: () => throwError(() => 'too slow'), scheduler: s }),
      '-a--b----#',
      undefined,
      'too slow',
    );
    const s = new NetworkTimeScheduler();
    let err: unknown;
    timer(50, s).pipe(timeout(10, s)).subscribe({ error: (e) => (err = e) });
    s.advanceTo(0.009);
    expect(err).toBeUndefined();
    s.advanceTo(0.01);
    expect(err).toBeInstanceOf(TimeoutError);
  });

  test('debounceTime', () => {
    sameAsTestScheduler('-a-b----c-d-----e|', (s) => debounceTime(3, s), '------b------d---(e|)');
  });

  test('bufferTime', () => {
    sameAsTestScheduler(
      '-a-b--c---d|',
      (s) => bufferTime(4, s),
      '----x---y--(z|)',
      { x: ['a', 'b'], y: ['c'], z: ['d'] },
    );
  });
});

describe('NetworkTimeScheduler counters for profiling', () => {
  test('created, fired, peak pending, last fired due and forEachPending', () => {
    const s = new NetworkTimeScheduler();
    const expire = (_: string) => undefined;
    const sched = (_: string) => undefined;
    const h = s.at(1, expire, 'c1');
    s.at(2, expire, 'c2');
    s.at(3, sched, 'ev');
    s.schedule(() => undefined, 4000);
    s.cancel(h);
    expect(s.createdCount).toBe(4);
    expect(s.peakPendingCount).toBe(4);
    const seen: Array<[string, unknown, number]> = [];
    s.forEachPending((fn, state, due) =>
      seen.push([fn === expire ? 'expire' : fn === sched ? 'sched' : 'rx', state, due]),
    );
    expect(seen.sort((a, b) => a[2] - b[2])).toEqual([
      ['expire', 'c2', 2],
      ['sched', 'ev', 3],
      ['rx', undefined, 4],
    ]);
    s.advanceTo(3.5);
    expect(s.firedCount).toBe(2);
    expect(s.lastFiredDue).toBe(3);
    expect(s.networkTime - s.lastFiredDue).toBe(0.5);
    expect(s.peakPendingCount).toBe(4);
    expect(s.pendingCount).toBe(1);
  });
});
