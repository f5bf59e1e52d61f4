/**
 * pkt-prof.log (engine.md 6.4, old Bro's `PacketProfiler`): a header line, then one record each
 * time the chosen unit has passed — seconds of packet time, packets, or bytes — with the packets,
 * bytes, wall-clock and CPU time and memory change since the previous record. The check comes
 * before the packet is counted, so the triggering packet belongs to the next interval.
 */
import { fileWrite, type FileValue } from '../../runtime/file';

/** `pkt_profile_mode` without `NONE` (off means no profiler at all). */
export type PacketProfileMode = 'SECS' | 'PKTS' | 'BYTES';

/** Process figures the profiler differences; injectable for tests. */
export interface PacketProfileClock {
  /** Wall clock, user CPU, system CPU (seconds) and process memory (bytes). */
  sample(): { real: number; user: number; sys: number; mem: number };
}

/** Node's own figures: wall clock, `process.cpuUsage()`, resident set size. */
export const PROCESS_CLOCK: PacketProfileClock = {
  sample() {
    const cpu = process.cpuUsage();
    return { real: Date.now() / 1000, user: cpu.user / 1e6, sys: cpu.system / 1e6, mem: process.memoryUsage.rss() };
  },
};

/** The header line of pkt-prof.log. */
export const PKT_PROFILE_HEADER = 'time dt npkts nbytes dRtime dUtime dStime dmem\n';

/** A running packet profiler. */
export interface PacketProfiler {
  /** Called for every packet read, with its timestamp and captured length. */
  profile(ts: number, caplen: number): void;
}

/**
 * Creates a packet profiler writing to `file` (the header line at once).
 *
 * ## Example
 * ```ts
 * const p = createPacketProfiler(openFile('pkt-prof.log', false), 'SECS', 1.0);
 * for (const rec of records) p.profile(rec.ts, rec.caplen);
 * ```
 */
export function createPacketProfiler(file: FileValue, mode: PacketProfileMode, freq: number, clock: PacketProfileClock = PROCESS_CLOCK): PacketProfiler {
  fileWrite(file, PKT_PROFILE_HEADER);
  let last: ReturnType<PacketProfileClock['sample']> | undefined;
  let lastTs = 0;
  let prevTs = 0;
  let pkts = 0;
  let bytes = 0;
  return {
    profile(ts, caplen) {
      // The first packet only sets the reference point (it is counted below).
      if (last === undefined) {
        last = clock.sample();
        lastTs = ts;
      }
      // Zeek compares the packet count for BYTES by mistake; rxbro compares bytes (docs/deviations.md).
      const due = mode === 'SECS' ? ts > lastTs + freq : mode === 'PKTS' ? pkts > freq : bytes > freq;
      if (due) {
        const now = clock.sample();
        fileWrite(
          file,
          `${ts.toFixed(6)} ${(prevTs - lastTs).toFixed(3)} ${pkts} ${bytes} ${(now.real - last.real).toFixed(3)} ` +
            `${(now.user - last.user).toFixed(3)} ${(now.sys - last.sys).toFixed(3)} ${now.mem - last.mem}\n`,
        );
        last = now;
        lastTs = ts;
        pkts = 0;
        bytes = 0;
      }
      pkts++;
      bytes += caplen;
      prevTs = ts;
    },
  };
}
