/**
 * rxbro's library entry point: every layer of the pipeline, usable on its own.
 *
 * ## Example
 * ```ts
 * import { openTrace, createDecoder, NetworkTimeScheduler, createEventEngine, createConnectionTracker } from 'rxbro';
 *
 * const scheduler = new NetworkTimeScheduler();
 * const events = createEventEngine({ clock: scheduler });
 * events.on('connection_established', (c) => console.log(c.id.orig_h, '->', c.id.resp_h));
 * const tracker = createConnectionTracker({ scheduler, events });
 * const decoder = createDecoder({ ignoreChecksums: true, onWeird: tracker.weirdSink });
 * const reader = await openTrace('traces/http-local.pcap');
 * for (let b = await reader.nextChunk(); b; b = await reader.nextChunk()) {
 *   for (let i = 0; i < b.count; i++) {
 *     scheduler.advanceTo(b.records[i].ts);
 *     const pkt = decoder.decode(b.records[i]);
 *     if (pkt) tracker.process(pkt);
 *     events.drain();
 *   }
 * }
 * tracker.finishAll();
 * ```
 */
export * from './input';
export * from './packet';
export * from './filter';
export * from './time';
export * from './events';
export * from './conn';
export * from './engine';
export * from './runtime/port';
export * from './state';
// The logging framework (docs/logging.md); its text helpers shared with conn.log are exported by './conn'.
export {
  createLogManager,
  openAsciiLog,
  formatAsciiRow,
  logColumnsOf,
  columnValue,
  formatTsvValue,
  formatJsonValue,
  DEFAULT_ASCII_OPTIONS,
  type LogManager,
  type LogManagerDeps,
  type AsciiOptions,
  type LogWriter,
  type LogColumn,
  type ColumnOptions,
} from './logging';
