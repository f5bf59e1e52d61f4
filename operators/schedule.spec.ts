import { TestScheduler } from 'rxjs/testing';
import { NetworkTimeScheduler } from '../src/time/NetworkTimeScheduler';
import { schedule, scheduleAt } from './schedule';

function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

describe('schedule / scheduleAt (the cores the compiler calls)', () => {
  it('passes the state captured at schedule time and orders equal due times FIFO', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const log: string[] = [];
      const fire = (s: string): void => void log.push(`${s}@${ts.now()}`);
      schedule(ts, 0.01, fire, 'first');
      scheduleAt(ts, 0.01, fire, 'second');
      schedule(ts, 0.005, fire, 'early');
      schedule(ts, 0, fire, 'now');
      expect(log).toEqual([]);
      flush();
      expect(log).toEqual(['now@0', 'early@5', 'first@10', 'second@10']);
    });
  });

  it('is a no-op while terminating', () => {
    const ts = testScheduler();
    (ts as unknown as { terminating: boolean }).terminating = true;
    ts.run(({ flush }) => {
      const log: string[] = [];
      expect(schedule(ts, 1, (s: string) => log.push(s), 'x')).toBeUndefined();
      flush();
      expect(log).toEqual([]);
    });
  });

  it('on the NetworkTimeScheduler: fires at the first advance at or after the due time, seeing that time', () => {
    const clock = new NetworkTimeScheduler({ startTime: 100 });
    const log: string[] = [];
    const fire = (s: string): void => void log.push(`${s}@${clock.networkTime}`);
    schedule(clock, 900, fire, '15 min');
    schedule(clock, 1800, fire, '30 min');
    clock.advanceTo(3700); // the next packet, one hour later (language.event-ts-scheduled)
    expect(log).toEqual(['15 min@3700', '30 min@3700']);
  });

  it('on the NetworkTimeScheduler: pending timers run in the shutdown flush; schedules made then are ignored', () => {
    const clock = new NetworkTimeScheduler({ startTime: 100 });
    const log: string[] = [];
    schedule(clock, 60, () => {
      log.push(`flushed@${clock.networkTime}`);
      schedule(clock, 1, () => log.push('rescheduled'), null);
    }, null);
    clock.flushAll();
    clock.flushAll();
    expect(log).toEqual(['flushed@100']);
  });
});
