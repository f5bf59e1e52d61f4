/**
 * reporter.log (Zeek's base/frameworks/reporter/main.zeek): one row per `reporter_info`, `reporter_warning`
 * and `reporter_error` event, written by handlers at priority -5 (after the scripts' own handlers), in
 * default runs and in bare runs that load `base/frameworks/reporter`.
 */
import type { EventEngine } from '../events';
import { openScriptLog, type LogColumn, type ScriptLog } from './scriptLogs';

/** reporter.log columns: `ts level message location` (Zeek's Reporter::Info). */
export const REPORTER_COLUMNS: readonly LogColumn[] = [
  ['ts', 'time', (r) => r.ts],
  ['level', 'enum', (r) => r.level],
  ['message', 'string', (r) => r.message],
  ['location', 'string', (r) => r.location],
];

const LEVELS = [
  ['reporter_info', 'Reporter::INFO'],
  ['reporter_warning', 'Reporter::WARNING'],
  ['reporter_error', 'Reporter::ERROR'],
] as const;


/**
 * Opens reporter.log (created on its first row) and handles the three reporter events with it. Registering
 * the handlers is what makes the reporter raise those events at all (runReporter.ts `reportViaEvents`).
 *
 * ## Example
 * ```ts
 * scriptLogs.push(attachReporterLog(events, options.logDir, options.jsonLogs));
 * ```
 */
export function attachReporterLog(events: EventEngine, dir: string, json: boolean): ScriptLog {
  const log = openScriptLog(dir, 'reporter', REPORTER_COLUMNS, json);
  for (const [event, level] of LEVELS) {
    events.on(event as never, ((ts: number, message: string, location: string) => log.write({ ts, level, message, location })) as never, {
      priority: -5,
    });
  }
  return log;
}
