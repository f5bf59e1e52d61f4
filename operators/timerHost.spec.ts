import { TestScheduler } from 'rxjs/testing';
import { NetworkTimeScheduler } from '../src/time/NetworkTimeScheduler';
import { hostFor, timerHost } from './timerHost';

describe('timerHost', () => {
  it('on a plain RxJS scheduler: seconds in, milliseconds to the scheduler, due times rounded to µs', () => {
    const ts = new TestScheduler((a, e) => expect(a).toEqual(e));
    ts.run(({ flush }) => {
      const host = timerHost(ts);
      const log: number[] = [];
      ts.schedule(() => host.at(host.nowSeconds() + 0.005, () => log.push(ts.now()), null), 4);
      const h = host.at(0.002, () => log.push(-1), null);
      host.cancel(h);
      flush();
      expect(log).toEqual([9]); // 0.004 + 0.005 s is frame 9 exactly, not 9.000000000000002
      expect(host.terminating()).toBe(false);
    });
  });

  it('on the NetworkTimeScheduler: uses its engine timers, so timers armed during the flush are flushed too', () => {
    const clock = new NetworkTimeScheduler({ startTime: 50 });
    const host = timerHost(clock);
    const log: string[] = [];
    host.at(60, () => {
      log.push(`first terminating=${host.terminating()}`);
      host.at(1e9, () => log.push('re-armed'), null);
    }, null);
    expect(host.nowSeconds()).toBe(50);
    clock.flushAll();
    expect(log).toEqual(['first terminating=true', 're-armed']);
  });

  it('hostFor shares one adapter per scheduler', () => {
    const clock = new NetworkTimeScheduler();
    expect(hostFor(clock)).toBe(hostFor(clock));
  });
});
