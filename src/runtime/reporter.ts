/**
 * The reporter (Zeek's src/Reporter.cc, docs/reporter.md): where a script's `Reporter::info/warning/error`
 * and the engine's own run-time errors and warnings go — a line on stderr, a `reporter_info/warning/error`
 * event, or both — and what the stderr line looks like.
 *
 * One `Reporter` per run. It is plain data that the engine switches through the phases of a run: scripts
 * attached (options read), the start-up drain (`raise` installed when a script handles a reporter event),
 * `zeek_init` done (the `*_to_stderr` options decide from then on), first packet (stderr lines carry the
 * network time).
 */
import { wallClock } from './wallClock';

/** The three levels a script sees (`Reporter::INFO`, `WARNING`, `ERROR`) and their events. */
export type ReportLevel = 'info' | 'warning' | 'error';

/** Raises `reporter_<level>(t, msg, location)`; the engine queues it like any event. */
export type ReportRaiser = (level: ReportLevel, t: number, msg: string, location: string) => void;

export interface Reporter {
  /** Standard error. */
  readonly write: (s: string) => void;
  /** Network time in seconds; 0 before the first packet. */
  readonly networkTime: () => number;
  /**
   * Set by the engine for the start-up drain on (Zeek's ReportViaEvents), and only when some script handles
   * a reporter event: without handlers nothing is queued. `levels` says which levels have a handler.
   */
  raise: ReportRaiser | undefined;
  levels: Readonly<Record<ReportLevel, boolean>>;
  /** `zeek_init` is done: from now on the `*_to_stderr` options decide; before, everything reaches stderr. */
  initDone: boolean;
  /** The first packet was processed (Zeek's zeek_start_network_time): stderr lines start with the network time. */
  stamped: boolean;
  /** `Reporter::info_to_stderr`, `warnings_to_stderr`, `errors_to_stderr` (all T by default). */
  toStderr: Record<ReportLevel, boolean>;
  /** Greater than 0 while a reporter event handler runs: its own errors go to stderr only, never round again. */
  inHandler: number;
}

/**
 * A reporter that writes every message to `write` and raises no events — what a run has until the engine
 * configures it, and all that tests and the REPL need.
 *
 * ## Example
 * ```ts
 * const r = createReporter((s) => process.stderr.write(s), () => 0);
 * report(r, 'warning', 'warning', 'count underflow'); // "warning: count underflow"
 * ```
 */
export function createReporter(write: (s: string) => void, networkTime: () => number): Reporter {
  return {
    write,
    networkTime,
    raise: undefined,
    levels: { info: false, warning: false, error: false },
    initDone: false,
    stamped: false,
    toStderr: { info: true, warning: true, error: true },
    inHandler: 0,
  };
}

/**
 * The stderr line of a message (with its newline): `[NETWORK_TIME ]PREFIX in LOCATION: MESSAGE`, or
 * `PREFIX: MESSAGE` without a location, or `LOCATION: MESSAGE` without a prefix (an info), as Zeek's DoLog.
 *
 * ## Example
 * ```ts
 * reporterLine(r, 'error', 'boom', 'x.zeek, line 3'); // "error in x.zeek, line 3: boom\n"
 * reporterLine(r, '', 'hi', 'x.zeek, line 2');        // "x.zeek, line 2: hi\n"
 * ```
 */
export function reporterLine(r: Reporter, prefix: string, msg: string, location?: string): string {
  let s = r.stamped ? `${r.networkTime().toFixed(6)} ` : '';
  if (prefix !== '') s += location ? `${prefix} in ${location}: ` : `${prefix}: `;
  else if (location) s += `${location}: `;
  return `${s}${msg}\n`;
}

/**
 * Reports one message at `level`: the event (if a script handles it and we are not inside such a handler),
 * and the stderr line while `zeek_init` is not done or the level's `*_to_stderr` option is on. `prefix` is
 * Zeek's wording for the stderr line (`warning`, `error`, `expression error`, `` for an info); the event's
 * message is `msg` alone and its location `location` or "".
 *
 * ## Example
 * ```ts
 * report(r, 'error', 'expression error', 'no such index (a[1])', 'x.zeek, line 12');
 * // stderr: "expression error in x.zeek, line 12: no such index (a[1])"; reporter_error(t, "no such index (a[1])", "x.zeek, line 12")
 * ```
 */
export function report(r: Reporter, level: ReportLevel, prefix: string, msg: string, location?: string): void {
  if (r.raise !== undefined && r.levels[level] && r.inHandler === 0) {
    const nt = r.networkTime();
    r.raise(level, nt !== 0 ? nt : wallClock(), msg, location ?? '');
  }
  if (!r.initDone || r.toStderr[level]) r.write(reporterLine(r, prefix, msg, location));
}

/**
 * The line of a fatal error (`fatal error in LOCATION: MESSAGE`): always on stderr, never an event. The caller
 * then ends the run with status 1 (Zeek's FatalError) or aborts (FatalErrorWithCore).
 *
 * ## Example
 * ```ts
 * reportFatal(r, 'giving up', 'x.zeek, line 9'); // stderr: "fatal error in x.zeek, line 9: giving up"
 * ```
 */
export function reportFatal(r: Reporter, msg: string, location?: string): void {
  r.write(reporterLine(r, 'fatal error', msg, location));
}
