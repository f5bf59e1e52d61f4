// Public RxJS operators of rxbro and the plain cores the compiler lowers onto.
export { createExpiringTable } from './createExpiringTable';
export type {
  ExpiredEntry,
  ExpiringTable,
  ExpiringTableOptions,
  IntervalSeconds,
  TableChange,
  TableKey,
} from './createExpiringTable';
export { expiringTable } from './expiringTable';
export type { TableOp } from './expiringTable';
export { timerHost } from './timerHost';
export type { TimerHost } from './timerHost';
