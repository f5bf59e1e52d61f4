// Public library entry point: re-exports grow as layers land.
export type { TraceRecord } from './input/TraceRecord';
export type { Packet } from './packet/Packet';
export type { Weird, WeirdSink } from './packet/Weird';
export * from './runtime/port';
