import type { ConnectionTracker } from '../../conn/tracker';
import type { EventEngine } from '../../events';
import type { Decoder } from '../../packet';
import { openFile, type FileValue } from '../../runtime/file';
import { formatProfLine, getMatcherStats } from '../../signatures';
import type { NetworkTimeScheduler } from '../../time';
import type { ScriptHost } from '../ScriptHost';
import type { SignatureRun } from '../signatureRun';
import { createProfiler, type Profiler } from './profiler';

/** What the run loop hands over for profiling. */
export interface ProfilingParts {
  scheduler: NetworkTimeScheduler;
  events: EventEngine;
  tracker: ConnectionTracker;
  decoder: Decoder;
  commandLine?: readonly string[];
  sigRun?: SignatureRun;
  /** Arm the profile timer (reading a trace); without input only the start-up and final records are written. */
  armTimer: boolean;
}

/**
 * Starts prof.log if the scripts asked for it (`profiling_interval > 0`, engine.md 6.3): writes the
 * start-up record and arms the profile timer. Returns undefined (and costs nothing) otherwise.
 * `profiling_file` is the scripts' file (policy/profiling.bro opens prof.log); unset, prof.log.
 *
 * ## Example
 * ```ts
 * const profiler = startProfiling(program, { scheduler, events, tracker, decoder, armTimer: true });
 * // … packets …
 * profiler?.endOfInput();
 * ```
 */
export function startProfiling(host: ScriptHost | undefined, parts: ProfilingParts): Profiler | undefined {
  const interval = Number(host?.global?.('profiling_interval') ?? 0);
  if (!(interval > 0)) return undefined;
  let file = host?.global?.('profiling_file') as FileValue | undefined;
  if (file === undefined || typeof file !== 'object') file = openFile('prof.log', false);
  const { scheduler, events, tracker, decoder, sigRun } = parts;
  const profiler = createProfiler(
    {
      scheduler,
      dispatchNow: (name, ...args) => (events.dispatchNow as (n: string, ...a: unknown[]) => void)(name, ...args),
      connStats: () => tracker.stats(),
      tcpStates: () => tracker.tcpStates(),
      activeConnections: () => tracker.activeCount,
      reassemblerBytes: () => tracker.bufferedBytes + decoder.bufferedFragmentBytes(),
      ruleMatcher: sigRun ? () => formatProfLine(0, getMatcherStats(sigRun.engine), true).replace(/^\S+ RuleMatcher: /, '') : undefined,
      globals: () => host?.globals?.() ?? [],
    },
    {
      file,
      interval,
      expensiveMultiple: Number(host?.global?.('expensive_profiling_multiple') ?? 0),
      commandLine: parts.commandLine ?? ['rxbro'],
    },
  );
  profiler.start(parts.armTimer);
  return profiler;
}
