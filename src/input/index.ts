export type { TraceRecord } from './TraceRecord';
export type { RecordBatch, TraceReader } from './TraceReader';
export type { TraceOptions } from './TraceOptions';
export { TraceError } from './TraceError';
export { openTrace } from './openTrace';
export { readTrace } from './readTrace';
export { traceRecords$ } from './traceRecords';
export { pcapngSeconds, tsresolUnits } from './pcapng';
