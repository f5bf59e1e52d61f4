// Public RxJS operators of rxbro and the plain cores the compiler lowers onto.
export { createExpiringTable } from './createExpiringTable';
export type {
  ExpiredEntry,
  ExpiringEntry,
  ExpiringTable,
  ExpiringTableOptions,
  IntervalSeconds,
  TableChange,
  TableKey,
} from './createExpiringTable';
export { tableValueOf } from './tableValueOf';
export { expiringTable } from './expiringTable';
export type { TableOp } from './expiringTable';
export { schedule, scheduleAt } from './schedule';
export { scheduleOn } from './scheduleOn';
export type { ScheduleRequest } from './scheduleOn';
export { createWhenEngine } from './createWhenEngine';
export type {
  AsyncResult,
  DelayedSpec,
  Watch,
  WhenDependency,
  WhenEngine,
  WhenEngineOptions,
  WhenSpec,
  WhenState,
  WhenTrigger,
} from './createWhenEngine';
export { whenever } from './whenever';
export type { WhenOutcome, WheneverOptions } from './whenever';
export { returnWhen } from './returnWhen';
export type { ReturnWhenOptions } from './returnWhen';
export { hostFor, timerHost } from './timerHost';
export type { TimerHost } from './timerHost';
