/**
 * The prof.log writer (engine.md 6.3): a record at start-up, one at the first packet (the
 * profile timer is first armed at absolute time 1.0), one every `profiling_interval` of network
 * time after that, and a last one when the input is exhausted; none while terminating. Every
 * `expensive_profiling_multiple`-th record is expensive. After each record the event
 * `profiling_update(f, expensive)` is dispatched at once.
 *
 * It exists only when a script turned profiling on: nothing of it runs per packet otherwise,
 * and with it on, only its one timer does.
 */
import { fileWrite, type FileValue } from '../../runtime/file';
import { nameTimerCallback, type NetworkTimeScheduler } from '../../time';
import type { ConnStats } from '../../conn/session';
import { formatProfileRecord, type ProfileSnapshot } from './profileRecord';
import { countTimersByType } from './timerCounts';
import { globalProfile, type GlobalValue } from './globalProfile';

/** Estimated bytes per live connection (session, endpoints, timers; measured in the conn benchmark). */
const CONN_BYTES = 2200;
/** Estimated bytes per connection-table entry (a Map slot and its key). */
const CONN_TABLE_BYTES = 80;
/** Estimated bytes per pending timer (one heap entry). */
const TIMER_BYTES = 72;

/** Where the profiler reads its numbers. */
export interface ProfilerSources {
  scheduler: NetworkTimeScheduler;
  /** `dispatchNow` of the run's event engine (for `profiling_update`). */
  dispatchNow(name: string, ...args: unknown[]): void;
  connStats(): ConnStats;
  tcpStates(): number[][];
  activeConnections(): number;
  /** Bytes held by TCP reassemblers and IP fragment reassembly. */
  reassemblerBytes(): number;
  /** Old Bro's RuleMatcher line body, or undefined without signatures. */
  ruleMatcher?(): string | undefined;
  globals(): readonly GlobalValue[];
}

/** Profiler settings from the scripts. */
export interface ProfilerOptions {
  file: FileValue;
  /** `profiling_interval`, seconds (> 0). */
  interval: number;
  /** `expensive_profiling_multiple` (0: never expensive). */
  expensiveMultiple: number;
  /** Printed in the first record (`Command line: …`). */
  commandLine: readonly string[];
}

/** A running profiler. */
export interface Profiler {
  /** Arms the profile timer at time 1.0 (it fires at the first packet) and writes the start-up record. */
  start(armTimer: boolean): void;
  /** The last record, when the input is exhausted (skipped once terminating). */
  endOfInput(): void;
  /** Records written so far. */
  readonly records: number;
}

/**
 * Creates the prof.log writer.
 *
 * ## Example
 * ```ts
 * const p = createProfiler(sources, { file: openFile('prof.log', false), interval: 15, expensiveMultiple: 20, commandLine: ['rxbro'] });
 * p.start(true);            // record at network time 0, timer armed for the first packet
 * // … packets …
 * p.endOfInput();           // one more record at the last packet's time
 * ```
 */
export function createProfiler(src: ProfilerSources, opts: ProfilerOptions): Profiler {
  let records = 0;
  let first: { rss: number; cpu: NodeJS.CpuUsage; wall: number } | undefined;

  function snapshot(expensive: boolean): ProfileSnapshot {
    const sch = src.scheduler;
    const mem = process.memoryUsage();
    const cpuNow = process.cpuUsage();
    const wall = Date.now() / 1000;
    first ??= { rss: mem.rss, cpu: cpuNow, wall };
    const cpu = process.cpuUsage(first.cpu);
    const st = src.connStats();
    const current = src.activeConnections();
    const globals = expensive ? globalProfile(src.globals()) : undefined;
    return {
      ts: sch.networkTime,
      commandLine: records === 1 ? opts.commandLine : undefined,
      memory: { total: mem.rss, adjusted: mem.rss - first.rss, malloced: mem.heapUsed + mem.external },
      runTime: { user: cpu.user / 1e6, sys: cpu.system / 1e6, real: wall - first.wall },
      conns: {
        total: st.total_conns,
        current,
        table: current,
        mem: expensive ? current * CONN_BYTES : 0,
        tableMem: expensive ? current * CONN_TABLE_BYTES : 0,
        connvals: 0,
      },
      tcp: [st.num_tcp_conns, st.max_tcp_conns],
      udp: [st.num_udp_conns, st.max_udp_conns],
      icmp: [st.num_icmp_conns, st.max_icmp_conns],
      tcpStates: src.tcpStates(),
      expiredByInactivity: st.killed_by_inactivity,
      reassemblerBytes: src.reassemblerBytes(),
      ruleMatcher: expensive ? src.ruleMatcher?.() : undefined,
      timers: {
        current: sch.pendingCount,
        max: sch.peakPendingCount,
        mem: sch.pendingCount * TIMER_BYTES,
        lag: sch.networkTime - sch.lastFiredDue,
        byType: countTimersByType(sch),
      },
      globals,
    };
  }

  function log(): void {
    records++;
    const expensive = opts.expensiveMultiple > 0 && records % opts.expensiveMultiple === 0;
    const text = formatProfileRecord(snapshot(expensive));
    fileWrite(opts.file, text);
    src.dispatchNow('profiling_update', opts.file, expensive);
  }

  const profileTimer = nameTimerCallback((_state: undefined, now: number): void => {
    if (src.scheduler.terminating) return;
    log();
    src.scheduler.at(now + opts.interval, profileTimer);
  }, 'ProfileTimer');

  return {
    start(armTimer) {
      // Armed first, as old Bro's logger does: the start-up record counts its own timer.
      if (armTimer) src.scheduler.at(1.0, profileTimer);
      log();
    },
    endOfInput() {
      if (!src.scheduler.terminating) log();
    },
    get records() {
      return records;
    },
  };
}
