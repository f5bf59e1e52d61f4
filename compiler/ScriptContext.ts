/**
 * What a compiled program needs from the world it runs in (language.md §5, Appendix B).
 *
 * The interfaces are structural on purpose: `NetworkTimeScheduler` (src/time) and the engine returned by
 * `createEventEngine()` (src/events) satisfy them as they are, and tests can pass small fakes.
 */
import type { EngineQueries, LogControl, PcapFilterControl, StateControl } from '../src/runtime/context';
import type { Reporter } from '../src/runtime/reporter';

/**
 * The network-time clock and timer heap (src/time `NetworkTimeScheduler`). The engine API (`at`/`cancel`,
 * seconds) is what the operators layer's table and `when` cores detect and use; `now()` is RxJS's clock (ms).
 */
export interface ScriptScheduler {
  readonly networkTime: number;
  readonly terminating: boolean;
  at<S>(due: number, fn: (state: S, now: number) => void, state?: S): unknown;
  cancel(handle: never): boolean;
  now(): number;
}

/** The event queue and handler registry (src/events `createEventEngine()`). */
export interface ScriptEvents {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers receive whatever the producer raised
  on(name: string, handler: (...args: any[]) => void, options?: { priority?: number }): unknown;
  raise(name: string, ...args: unknown[]): void;
  has?(name: string): boolean;
  /** Hook run at the end of each drain; `when` conditions are re-evaluated there (§8.3). */
  afterDrain?(hook: () => void): unknown;
}

/**
 * Everything `program.attach(ctx)` wires a compiled script to.
 *
 * ## Example
 * ```ts
 * const ctx: ScriptContext = {
 *   scheduler: new NetworkTimeScheduler(), events: createEventEngine(),
 *   stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s),
 *   tunables: { table_expire_interval: 10 }, terminate: () => {}, exit: code => process.exit(code),
 * };
 * program.attach(ctx);
 * ```
 */
export interface ScriptContext {
  scheduler: ScriptScheduler;
  events: ScriptEvents;
  /** Standard output (text is a binary string: one char per byte). */
  stdout(s: string): void;
  /** Standard error (diagnostics, run-time errors, warnings). */
  stderr(s: string): void;
  /**
   * Engine options the scripts may `redef` (language.md §5.8, engine.md Appendix A), by Bro name. After
   * `attach`, every key present here holds the script's final value (intervals/times in seconds).
   */
  tunables: Record<string, unknown>;
  /** `terminate()`: request graceful termination (§5.7). */
  terminate(): void;
  /** `exit(code)`: end the process at once. */
  exit(code: number): void;
  /** Input mode, for `reading_traces()` / `reading_live_traffic()`. */
  readingTraces?: boolean;
  /** Environment for `getenv` (defaults to `process.env`). */
  env?: Record<string, string | undefined>;
  /** The engine's answers for the connection built-ins (`get_conn_stats`, …); absent without an engine. */
  engine?: EngineQueries;
  /** Persistence and capture (`checkpoint_state`, `capture_events`, …); absent without an engine. */
  state?: StateControl;
  /** Capture filters (`Pcap::install_pcap_filter`, …); absent without an engine. */
  pcap?: PcapFilterControl;
  /** The logging framework (`Log::create_stream`, `Log::write`, …); absent without an engine. */
  logging?: LogControl;
  /**
   * The run's reporter (docs/reporter.md): run-time errors, warnings and `Reporter::*` messages go through it.
   * Absent: they are written to `stderr`.
   */
  reporter?: Reporter;
  /**
   * Set by the engine while `capture_state_updates` runs: told of each write to a `&synchronized` global
   * (`assign` with or without an index, `add`/`del` of a table element).
   */
  stateUpdate?: (op: 'assign' | 'add' | 'del', id: string, index: readonly unknown[] | undefined, value: unknown) => void;
}
