/**
 * Resource and counter built-ins of the stats scripts (engine.md 6.1), with Zeek's names and
 * record types: `get_proc_stats`, `get_net_stats`, `get_event_stats`, `get_timer_stats`,
 * `get_reassembler_stats`, `get_file_analysis_stats`, `get_dns_stats`, and old Bro's
 * `resource_usage` (`bro_resources`) and `net_stats`. Process figures (memory, CPU) are Node's own;
 * the counters come from the engine. Without an engine (REPL, unit tests) the counters are 0.
 */
import type { BuiltinContext, EngineStats } from '../context';
import { recordType, T, type RecordFieldSpec, type Type } from '../types';
import { builtin, type Builtin } from './builtin';
import { RXBRO_VERSION } from './process';

/** When this process started, in seconds (ProcStats' `start_time`). */
const PROCESS_START = Date.now() / 1000 - process.uptime();

const counts = (names: string[]): RecordFieldSpec[] => names.map((name) => ({ name, type: T.count }));

/** Zeek's `ProcStats`. */
export const PROC_STATS = recordType(
  [
    { name: 'debug', type: T.bool },
    { name: 'start_time', type: T.time },
    { name: 'real_time', type: T.interval },
    { name: 'user_time', type: T.interval },
    { name: 'system_time', type: T.interval },
    ...counts(['mem', 'minor_faults', 'major_faults', 'num_swap', 'blocking_input', 'blocking_output', 'num_context']),
  ],
  'ProcStats',
);

/** Zeek's `NetStats` (`pkts_filtered` is optional and unset when reading a trace). */
export const NET_STATS = recordType(
  [...counts(['pkts_recvd', 'pkts_dropped', 'pkts_link', 'bytes_recvd']), { name: 'pkts_filtered', type: T.count, optional: true }],
  'NetStats',
);

/** Zeek's `EventStats`. */
export const EVENT_STATS = recordType(counts(['queued', 'dispatched']), 'EventStats');
/** Zeek's `TimerStats`. */
export const TIMER_STATS = recordType(counts(['current', 'max', 'cumulative']), 'TimerStats');
/** Zeek's `ReassemblerStats` (bytes buffered now). */
export const REASSEMBLER_STATS = recordType(counts(['file_size', 'frag_size', 'tcp_size', 'unknown_size']), 'ReassemblerStats');
/** Zeek's `FileAnalysisStats` (rxbro has no file analysis: all 0). */
export const FILE_ANALYSIS_STATS = recordType(counts(['current', 'max', 'cumulative']), 'FileAnalysisStats');
/** Zeek's `DNSStats` (the asynchronous lookups of `when`; rxbro keeps no counters: all 0). */
export const DNS_STATS = recordType(
  counts(['requests', 'successful', 'failed', 'pending', 'cached_hosts', 'cached_addresses']),
  'DNSStats',
);

/** Old Bro's `bro_resources` (`resource_usage()`). */
export const BRO_RESOURCES = recordType(
  [
    { name: 'version', type: T.string },
    { name: 'debug', type: T.bool },
    { name: 'start_time', type: T.time },
    { name: 'real_time', type: T.interval },
    { name: 'user_time', type: T.interval },
    { name: 'system_time', type: T.interval },
    ...counts([
      'mem', 'minor_faults', 'major_faults', 'num_swap', 'blocking_input', 'blocking_output', 'num_context',
      'num_TCP', 'num_UDP', 'num_ICMP', 'num_fragments', 'num_packets', 'num_timers', 'num_events_queued',
      'num_events_dispatched', 'max_TCP', 'max_UDP', 'max_ICMP', 'max_fragments', 'max_timers',
    ]),
  ],
  'bro_resources',
);

const NO_STATS: EngineStats = {
  pkts_recvd: 0, bytes_recvd: 0, events_queued: 0, events_dispatched: 0,
  timers_current: 0, timers_max: 0, timers_cumulative: 0, reassem_tcp: 0, reassem_frag: 0,
};

function engineStats(ctx: BuiltinContext): EngineStats {
  return ctx.engine?.stats?.() ?? NO_STATS;
}

/** Process figures shared by ProcStats and bro_resources. */
function processFigures(): Record<string, unknown> {
  const cpu = process.cpuUsage();
  const r = process.resourceUsage();
  return {
    debug: false,
    start_time: PROCESS_START,
    real_time: Date.now() / 1000 - PROCESS_START,
    user_time: cpu.user / 1e6,
    system_time: cpu.system / 1e6,
    mem: process.memoryUsage.rss(),
    minor_faults: r.minorPageFault,
    major_faults: r.majorPageFault,
    num_swap: r.swappedOut,
    blocking_input: r.fsRead,
    blocking_output: r.fsWrite,
    num_context: r.voluntaryContextSwitches + r.involuntaryContextSwitches,
  };
}

function netStats(ctx: BuiltinContext): Record<string, unknown> {
  const s = engineStats(ctx);
  // A trace drops nothing; every packet read was on the "link".
  return { pkts_recvd: s.pkts_recvd, pkts_dropped: 0, pkts_link: s.pkts_recvd, bytes_recvd: s.bytes_recvd };
}

function resourceUsage(ctx: BuiltinContext): Record<string, unknown> {
  const s = engineStats(ctx);
  const c = ctx.engine?.connStats() ?? {};
  return {
    version: RXBRO_VERSION,
    ...processFigures(),
    num_TCP: c.num_tcp_conns ?? 0,
    num_UDP: c.num_udp_conns ?? 0,
    num_ICMP: c.num_icmp_conns ?? 0,
    num_fragments: c.num_fragments ?? 0,
    num_packets: s.pkts_recvd,
    num_timers: s.timers_current,
    num_events_queued: s.events_queued,
    num_events_dispatched: s.events_dispatched,
    max_TCP: c.max_tcp_conns ?? 0,
    max_UDP: c.max_udp_conns ?? 0,
    max_ICMP: c.max_icmp_conns ?? 0,
    max_fragments: c.max_fragments ?? 0,
    max_timers: s.timers_max,
  };
}

const stat = (t: Type, f: (ctx: BuiltinContext) => Record<string, unknown>): Builtin => builtin([], t, f);

/**
 * The stats built-ins.
 *
 * ## Example
 * ```ts
 * STATS_BUILTINS.get_event_stats.impl(ctx, [], []); // { queued: 12, dispatched: 12 }
 * ```
 */
export const STATS_BUILTINS: Record<string, Builtin> = {
  get_proc_stats: stat(PROC_STATS, () => processFigures()),
  get_net_stats: stat(NET_STATS, netStats),
  net_stats: stat(NET_STATS, netStats),
  get_event_stats: stat(EVENT_STATS, (ctx) => {
    const s = engineStats(ctx);
    return { queued: s.events_queued, dispatched: s.events_dispatched };
  }),
  get_timer_stats: stat(TIMER_STATS, (ctx) => {
    const s = engineStats(ctx);
    return { current: s.timers_current, max: s.timers_max, cumulative: s.timers_cumulative };
  }),
  get_reassembler_stats: stat(REASSEMBLER_STATS, (ctx) => {
    const s = engineStats(ctx);
    return { file_size: 0, frag_size: s.reassem_frag, tcp_size: s.reassem_tcp, unknown_size: 0 };
  }),
  get_file_analysis_stats: stat(FILE_ANALYSIS_STATS, () => ({ current: 0, max: 0, cumulative: 0 })),
  get_dns_stats: stat(DNS_STATS, () => ({ requests: 0, successful: 0, failed: 0, pending: 0, cached_hosts: 0, cached_addresses: 0 })),
  resource_usage: stat(BRO_RESOURCES, resourceUsage),
};
