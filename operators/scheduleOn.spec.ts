import { TestScheduler } from 'rxjs/testing';
import { scheduleOn, ScheduleRequest } from './scheduleOn';

// Frames are milliseconds; request intervals are seconds (0.004 s = 4 frames).

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

describe('scheduleOn', () => {
  it('emits each value at its due time', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const reqs = cold<ScheduleRequest<string>>('-a--b---------|', {
        a: { afterSeconds: 0.004, value: 'A' },
        b: { afterSeconds: 0.001, value: 'B' }, // also due at frame 5: after A, requested earlier
      });
      const expected = '                        -----(AB)-----|';
      expectObservable(reqs.pipe(scheduleOn(ts))).toBe(expected, { A: 'A', B: 'B' });
    });
  });

  it('equal due times fire in scheduling order, whatever the interval each was given with', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const reqs = cold<ScheduleRequest<string>>('ab-c--------|', {
        a: { afterSeconds: 0.006, value: 'a' },
        b: { afterSeconds: 0.005, value: 'b' },
        c: { atSeconds: 0.006, value: 'c' },
      });
      const expected = '                        ------(abc)-|';
      expectObservable(reqs.pipe(scheduleOn(ts))).toBe(expected);
    });
  });

  it('a zero or negative interval fires at the next advance, not synchronously', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const reqs = cold<ScheduleRequest<string>>('-a-|', {
        a: { afterSeconds: -5, value: 'x' },
      });
      expectObservable(reqs.pipe(scheduleOn(ts))).toBe('-x-|');
    });
  });

  it('end of input flushes pending timers in due order, then completes (§6.4)', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const reqs = cold<ScheduleRequest<string>>('-a-b-c-|', {
        a: { afterSeconds: 60, value: 'late' },
        b: { afterSeconds: 0.001, value: 'soon' },
        c: { afterSeconds: 30, value: 'mid' },
      });
      const expected = '                        ----s--(ml|)';
      expectObservable(reqs.pipe(scheduleOn(ts))).toBe(expected, { s: 'soon', m: 'mid', l: 'late' });
    });
  });
});
