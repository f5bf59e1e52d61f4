import { TestScheduler } from 'rxjs/testing';
import { whenever, WhenOutcome } from './whenever';

// Frames are milliseconds; `timeout` is seconds (0.005 s = 5 frames). Subscriptions start
// at frame 2 ('--^') unless the test is about network time 0.

const fired = (value: string): WhenOutcome<string> => ({ kind: 'fired', value });
const timedOut: WhenOutcome<string> = { kind: 'timeout' };

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

describe('whenever', () => {
  it('fires at the first change that makes the condition true, before its timeout', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const changes = hot('  --^-a-b-c-d--');
      const expected = '       ------(c|)';
      const sub = '            --^---------';
      expectObservable(changes.pipe(whenever((v) => v === 'c', { timeout: 0.01 })), sub).toBe(expected, {
        c: fired('c'),
      });
    });
  });

  it('times out when the interval passes first', () => {
    const ts = testScheduler();
    ts.run(({ hot, expectObservable }) => {
      const changes = hot('  --^-a-b-------c-');
      const expected = '       -------(t|)';
      //                        subscribed at 2, timeout 0.005 s -> 7
      const sub = '            --^------------';
      expectObservable(changes.pipe(whenever((v) => v === 'c', { timeout: 0.005, scheduler: ts })), sub).toBe(
        expected,
        { t: timedOut },
      );
    });
  });

  it('fires synchronously on subscription when the condition already holds', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const changes = hot('--^-a-');
      expectObservable(changes.pipe(whenever(() => true, { timeout: 1 })), '--^---').toBe('--(f|)', {
        f: { kind: 'fired', value: undefined },
      });
    });
  });

  it('created at network time 0: the timeout is re-armed at its first expiry, so it counts twice (Appendix B)', () => {
    const ts = testScheduler();
    ts.run(({ hot, expectObservable }) => {
      const changes = hot('  ^-a-b-------------');
      const expected = '     ----------(t|)';
      expectObservable(changes.pipe(whenever((v) => v === 'c', { timeout: 0.005, scheduler: ts }))).toBe(expected, {
        t: timedOut,
      });
    });
  });

  it('end of input with a timeout pending: the timeout block runs at shutdown (§8.7)', () => {
    const ts = testScheduler();
    ts.run(({ hot, expectObservable }) => {
      const changes = hot('  --^-a-|');
      const expected = '       ----(t|)';
      expectObservable(changes.pipe(whenever((v) => v === 'c', { timeout: 60, scheduler: ts })), '--^---').toBe(
        expected,
        { t: timedOut },
      );
    });
  });

  it('end of input without a timeout: silently discarded', () => {
    const ts = testScheduler();
    ts.run(({ hot, expectObservable }) => {
      const changes = hot('  --^-a-|');
      const expected = '       ----|';
      expectObservable(changes.pipe(whenever((v) => v === 'c', { scheduler: ts })), '--^---').toBe(expected);
    });
  });

  it('a condition that throws counts as false and is tried again at the next change', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const changes = hot('  --^-a-b-');
      const cond = (v: string | undefined): boolean => {
        if (v === 'a') throw new Error('value used but not set');
        return v === 'b';
      };
      expectObservable(changes.pipe(whenever(cond)), '--^-----').toBe('----(f|)', { f: fired('b') });
    });
  });
});
