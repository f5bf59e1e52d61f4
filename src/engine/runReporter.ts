/**
 * The engine's side of the reporter (docs/reporter.md): the options scripts may redef, and the switch to
 * reporting through events for the start-up drain (Zeek's ReportViaEvents). The reporter itself is
 * src/runtime/reporter.ts; the engine moves it through the run's phases (`initDone`, `stamped`).
 */
import type { Reporter, ReportLevel } from '../runtime/reporter';

/** The reporter's options by their script names, with Zeek's defaults (init-bare). */
export const REPORTER_TUNABLES: Readonly<Record<string, boolean>> = {
  'Reporter::info_to_stderr': true,
  'Reporter::warnings_to_stderr': true,
  'Reporter::errors_to_stderr': true,
};

/**
 * Reads the `*_to_stderr` options (their values after every redef) into the reporter.
 *
 * ## Example
 * ```ts
 * readReporterOptions(reporter, ctx.tunables); // after host.attach(ctx)
 * ```
 */
export function readReporterOptions(r: Reporter, tunables: Record<string, unknown>): void {
  r.toStderr.info = tunables['Reporter::info_to_stderr'] !== false;
  r.toStderr.warning = tunables['Reporter::warnings_to_stderr'] !== false;
  r.toStderr.error = tunables['Reporter::errors_to_stderr'] !== false;
}

const EVENT_OF: Readonly<Record<ReportLevel, string>> = {
  info: 'reporter_info',
  warning: 'reporter_warning',
  error: 'reporter_error',
};

/** The event engine as far as the reporter needs it. */
export interface ReporterEvents {
  has(name: string): boolean;
  raise(name: string, ...args: unknown[]): void;
}

/**
 * From now on messages also become `reporter_*` events — but only for the levels some handler listens to
 * (decided once, here: after the scripts are attached, before the start-up drain), so a run without
 * handlers queues nothing.
 *
 * ## Example
 * ```ts
 * host.runTopLevel();
 * reportViaEvents(reporter, events); // zeek_init's messages are events
 * events.drain();
 * ```
 */
export function reportViaEvents(r: Reporter, events: ReporterEvents): void {
  const levels = { info: events.has(EVENT_OF.info), warning: events.has(EVENT_OF.warning), error: events.has(EVENT_OF.error) };
  if (!levels.info && !levels.warning && !levels.error) return;
  r.levels = levels;
  r.raise = (level, t, msg, location) => events.raise(EVENT_OF[level], t, msg, location);
}
