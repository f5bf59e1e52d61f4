/**
 * What built-in functions need from the running engine: network time, error
 * reporting, output, termination. The engine/compiler provides one per run;
 * `createTestContext` builds a self-contained one for tests and the REPL.
 */

import type { Type } from './types';
import { wallClock } from './wallClock';

/** What a `Reporter::*` message built-in asks for: a level, or a fatal error (with a core dump: `fatal_core`). */
export type ScriptReportKind = 'info' | 'warning' | 'error' | 'fatal' | 'fatal_core';

/** How a built-in's error is reported (see `BuiltinContext.error`). */
export interface ErrorDetail {
  /** The offending argument as Zeek describes it (strings raw): printed as `(CALL and ARG)`. */
  readonly arg?: string;
  /** False: no position, `error: MESSAGE` (Zeek's `reporter->Error`). */
  readonly located?: boolean;
}

/**
 * What the running engine answers about the packets and connections it has seen, for the
 * connection built-ins (`get_conn_stats`, `packet_source`, `connection_exists`). Absent when
 * scripts run without an engine (REPL, tests).
 */
export interface EngineQueries {
  /** Zeek's `ConnStats` fields by name (every one a count). */
  connStats(): Record<string, number>;
  /** Zeek's `PacketSource`: `live`, `path`, `link_type`, `netmask`; undefined without input. */
  packetSource(): { live: boolean; path: string; link_type: number; netmask: number } | undefined;
  /** Whether a live connection has this `conn_id` (either orientation, as Zeek's connection key). */
  connectionExists(id: Record<string, unknown>): boolean;
  /** The `connection` record of the live connection with this `conn_id` (either orientation). */
  lookupConnection(id: Record<string, unknown>): Record<string, unknown> | undefined;
  /**
   * Gives the live connection with this `conn_id` a new inactivity timeout (seconds, 0 = none) and returns
   * the previous one; undefined when there is no such connection.
   */
  setInactivityTimeout?(id: Record<string, unknown>, timeout: number): number | undefined;
  /** Counters of the stats built-ins (`get_net_stats`, `get_event_stats`, …, engine.md 6.1). */
  stats?(): EngineStats;
  /** `dump_rule_stats(f)`: the signature matcher's statistics text at time `ts`; undefined without signatures. */
  ruleStats?(ts: number): string | undefined;
  /** `global_sizes()`: estimated bytes of every script global with a value, in name order (engine.md 6.2). */
  globalSizes?(): Map<string, number>;
  /**
   * `Reporter::conn_weird/flow_weird/net_weird`: a weird through the engine's own machinery (rate limiting,
   * `*_weird` events, weird.log). A conn weird on a connection no longer live is `expired_conn_weird`.
   */
  scriptWeird?(w: ScriptWeird): boolean;
  /** The run's weird sampling settings, live (`Reporter::get/set_weird_sampling_*`). */
  readonly weirdSampling?: WeirdSamplingSettings;
}

/** A weird a script reports (`Reporter::*_weird`). */
export type ScriptWeird =
  | { kind: 'conn'; name: string; id: Record<string, unknown>; uid: string; addl: string; source: string }
  | { kind: 'flow'; name: string; src: string; dst: string; addl: string; source: string }
  | { kind: 'net'; name: string; addl: string; source: string };

/** Weird rate limiting (engine.md 1.13): `Weird::sampling_*`; durations in seconds. */
export interface WeirdSamplingSettings {
  threshold: number;
  rate: number;
  duration: number;
  whitelist: Set<string>;
  globalList: Set<string>;
}

/** The engine's running counters behind the stats built-ins (all cumulative unless noted). */
export interface EngineStats {
  /** Packets read, including the one being processed (Zeek counts a packet when it is read). */
  pkts_recvd: number;
  /** Captured bytes read. */
  bytes_recvd: number;
  events_queued: number;
  events_dispatched: number;
  /** Pending timers now, the most at once, and created so far. */
  timers_current: number;
  timers_max: number;
  timers_cumulative: number;
  /** Bytes buffered now by TCP reassembly and by IP fragment reassembly. */
  reassem_tcp: number;
  reassem_frag: number;
}

/**
 * The run's persistence and capture controls (language.md §9.1, engine.md §6.6/§6.7), for
 * `checkpoint_state`, `rescan_state`, `capture_events`, `capture_state_updates`. Absent without
 * an engine.
 */
export interface StateControl {
  /** Writes the `&persistent` globals now; false if writing failed. */
  checkpoint(): boolean;
  /** Re-reads the state file if it changed since this run last read or wrote it; true if it did. */
  rescan(): boolean;
  /** From now on appends every dispatched event to `path`; false if the file cannot be opened. */
  captureEvents(path: string): boolean;
  /** From now on appends every operation on `&synchronized` globals to `path`. */
  captureStateUpdates(path: string): boolean;
}

/**
 * Capture-filter control for `Pcap::precompile_pcap_filter`, `Pcap::install_pcap_filter` and
 * `Pcap::error` (filters by `PcapFilterID` enum value). Absent without an engine.
 */
export interface PcapFilterControl {
  /** Compiles `expression` under `id`; false (and `error()` says why) when it does not compile. */
  precompile(id: number, expression: string): boolean;
  /** Makes the filter precompiled under `id` the one applied from the next packet on; false if there is none. */
  install(id: number): boolean;
  /** The last precompile error, or `"no error"`. */
  error(): string;
  /** How precompiling under `id` went: `fatal` when it did not compile, else (also for an unknown id) `ok`. */
  state(id: number): 'ok' | 'fatal';
  /** Why the filter under `id` did not compile (`syntax error at 'prt' (column 5)`), else `""`. */
  stateString(id: number): string;
}

/**
 * The logging framework's engine side (src/logging `createLogManager`), for the `Log::__*` built-ins that
 * policy/base/frameworks/logging/main.bro calls. Ids are enum names (`SSH::LOG`); records and the value
 * to write arrive with their script types. Absent without an engine.
 */
export interface LogControl {
  createStream(id: string, stream: Record<string, unknown>): boolean;
  removeStream(id: string): boolean;
  enableStream(id: string): boolean;
  disableStream(id: string): boolean;
  addFilter(id: string, filter: Record<string, unknown>): boolean;
  removeFilter(id: string, name: string): boolean;
  write(id: string, rec: unknown, type: Type): boolean;
  setBuf(id: string, buffered: boolean): boolean;
  flush(id: string): boolean;
}

export interface BuiltinContext {
  /** Current network time in seconds (§5.5); 0.0 before the first packet. */
  networkTime(): number;
  /** Wall-clock time in seconds. */
  currentTime(): number;
  /**
   * Reports a run-time error from a built-in (§2.14) — e.g. "bad conversion to count".
   * The built-in then returns its fallback value and the handler continues. The
   * caller adds the location (`error in FILE, line N: ...`). `detail` follows Zeek's reporting: `arg` is the
   * rendering of the offending argument when the built-in passes it along (`... (to_int(x) and abc)`),
   * `located` = false a `reporter->Error` without position (`error: Hex string ...`).
   */
  error(message: string, detail?: ErrorDetail): void;
  /**
   * Reports a warning; `located` = false leaves out the call's position, as Zeek's `reporter->Warning`
   * from inside a built-in does (`warning: strptime conversion failed: ...`).
   */
  warning(message: string, located?: boolean): void;
  /**
   * `Reporter::info/warning/error/fatal/fatal_error_with_core(msg)`: the message at the call's location,
   * through the run's reporter (docs/reporter.md). `fatal` and `fatal_core` end the process. Absent in
   * contexts without a reporter (then the built-ins fall back to `error`/`warning`).
   */
  report?(kind: ScriptReportKind, message: string): void;
  /** Writes bytes (a binary string) to standard output, unmodified (`print_raw`, files named "-"). */
  write(text: string): void;
  /** `terminate()`: request graceful termination; false if already terminating. */
  terminate(): boolean;
  /** `zeek_is_terminating()`. */
  isTerminating(): boolean;
  /** `exit(code)`: exit the process immediately. */
  exit(code: number): void;
  /** True when reading a trace file (`-r`). */
  readingTraces(): boolean;
  /** True when reading live traffic. */
  readingLiveTraffic(): boolean;
  /** Environment for `getenv`/`setenv` and the `TZ` rule of `strftime`/`%T` (default `process.env`). */
  readonly env: Record<string, string | undefined>;
  /** The engine's answers for the connection built-ins; undefined without an engine. */
  readonly engine?: EngineQueries;
  /** Persistence and capture; undefined without an engine. */
  readonly state?: StateControl;
  /** Capture filters (`Pcap::*`); undefined without an engine. */
  readonly pcap?: PcapFilterControl;
  /** The logging framework (`Log::*`); undefined without an engine. */
  readonly logging?: LogControl;
}

/** A `BuiltinContext` that records everything, for tests. */
export interface TestContext extends BuiltinContext {
  readonly errors: string[];
  readonly warnings: string[];
  readonly output: string[];
  now: number;
  terminating: boolean;
  exitCode?: number;
}

/**
 * Builds a recording context (errors, warnings and output collected in arrays).
 *
 * ## Example
 * ```ts
 * const ctx = createTestContext({ now: 1300475167.096535 });
 * BUILTINS.network_time.impl(ctx, [], []); // 1300475167.096535
 * ```
 */
export function createTestContext(init: { now?: number; env?: Record<string, string | undefined> } = {}): TestContext {
  const ctx: TestContext = {
    errors: [],
    warnings: [],
    output: [],
    now: init.now ?? 0,
    terminating: false,
    env: init.env ?? {},
    networkTime: () => ctx.now,
    currentTime: () => wallClock(),
    error: (m) => void ctx.errors.push(m),
    warning: (m) => void ctx.warnings.push(m),
    write: (t) => void ctx.output.push(t),
    terminate: () => {
      if (ctx.terminating) return false;
      ctx.terminating = true;
      return true;
    },
    isTerminating: () => ctx.terminating,
    exit: (code) => {
      ctx.exitCode = code;
    },
    readingTraces: () => true,
    readingLiveTraffic: () => false,
  };
  return ctx;
}
