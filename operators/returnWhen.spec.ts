import { TestScheduler } from 'rxjs/testing';
import { returnWhen } from './returnWhen';

// `return when [k] (k in answers) { return answers[k]; } timeout 5 secs { return 0; }`,
// scaled so the timeout is 0.005 s = 5 frames.

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

describe('returnWhen', () => {
  const answers = new Map<string, number>();
  const waitFor = (ts: TestScheduler, k: string) =>
    returnWhen<Map<string, number>, number>((a) => a !== undefined && a.has(k), {
      body: (a) => a!.get(k)!,
      timeout: 0.005,
      timeoutBody: () => 0,
      scheduler: ts,
    });

  it('resolves with the body value when the condition becomes true in time', () => {
    const ts = testScheduler();
    ts.run(({ hot, expectObservable }) => {
      const changes = hot('  --^-a-b-', { a: answers, b: new Map([['x', 7]]) });
      expectObservable(changes.pipe(waitFor(ts, 'x')), '--^-----').toBe('----(v|)', { v: 7 });
    });
  });

  it('resolves with the timeout block value when the interval passes first', () => {
    const ts = testScheduler();
    ts.run(({ hot, expectObservable }) => {
      const changes = hot('  --^-a-----b-', { a: answers, b: new Map([['x', 7]]) });
      expectObservable(changes.pipe(waitFor(ts, 'x')), '--^-------').toBe('-------(z|)', { z: 0 });
    });
  });

  it('without a timeout block a timeout yields no value', () => {
    const ts = testScheduler();
    ts.run(({ hot, expectObservable }) => {
      const changes = hot('  --^-a-------', { a: answers });
      const op = returnWhen<Map<string, number>, number>(() => false, { body: () => 1, timeout: 0.003, scheduler: ts });
      expectObservable(changes.pipe(op), '--^-------').toBe('-----|');
    });
  });
});
