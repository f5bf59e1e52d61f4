import { NetworkTimeScheduler } from './NetworkTimeScheduler';
import { nameTimerCallback, timerCallbackName } from './timerTypeNames';

test('a named callback is found by identity when pending timers are visited; unnamed ones are undefined', () => {
  const named = nameTimerCallback(() => {}, 'ScheduleTimer');
  const s = new NetworkTimeScheduler();
  s.at(5, named);
  s.at(6, named);
  s.at(7, () => {});
  const names: (string | undefined)[] = [];
  s.forEachPending((fn) => names.push(timerCallbackName(fn)));
  expect(names.sort()).toEqual(['ScheduleTimer', 'ScheduleTimer', undefined]);
});
