// Public API of the network-time layer.
export { NetworkTimeScheduler } from './NetworkTimeScheduler';
export type { NetworkTimeSchedulerOptions, TimerHandle } from './NetworkTimeScheduler';
export { dueSecondsForMs } from './dueSecondsForMs';
export {
  INTERVAL_UNITS,
  intervalUnitSeconds,
  formatTime,
  formatInterval,
  humanDuration,
  isoTime,
} from './interval';
export { nameTimerCallback, timerCallbackName } from './timerTypeNames';
