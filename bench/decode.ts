/**
 * Packet-decoding benchmark: the shared trace reader alone, then reader + decoder,
 * over the large benchmark trace. Figures: packets/s, trace MB/s, peak RSS.
 */
import { openTrace } from '../src/input/openTrace';
import { createDecoder } from '../src/packet';
import type { BenchRow } from './BenchRow';

/**
 * Measures "read only", "read + decode" and "read + decode (-C)" on one trace.
 *
 * ## Example
 * ```ts
 * for (const row of await benchDecode('/tmp/rxbro-bench/bench-512MB.pcap')) console.log(row);
 * ```
 */
export async function benchDecode(tracePath: string): Promise<BenchRow[]> {
  return [
    await measure('read only', tracePath, false, false),
    await measure('read + decode', tracePath, true, false),
    await measure('read + decode (-C)', tracePath, true, true),
  ];
}

async function measure(name: string, path: string, decode: boolean, ignoreChecksums: boolean): Promise<BenchRow> {
  let weirds = 0;
  let unknown = 0;
  const decoder = createDecoder({
    ignoreChecksums,
    onWeird: () => void weirds++,
    onUnknownProtocol: () => void unknown++,
  });
  const reader = await openTrace(path, { weird: () => void weirds++ });
  let packets = 0;
  let decoded = 0;
  let tcp = 0;
  let batches = 0;
  let peakRss = process.memoryUsage.rss();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) {
    const recs = b.records;
    const n = b.count;
    if (decode) {
      for (let i = 0; i < n; i++) {
        const p = decoder.decode(recs[i]);
        if (p !== null) {
          decoded++;
          // Touch a decoded field so the work cannot be optimised away.
          if (p.proto === 6) tcp++;
        }
      }
    }
    packets += n;
    // rss() is a syscall: sample it every 16 chunks (16 MiB of trace).
    if ((++batches & 15) === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  // CPU time too: on a shared machine wall time mostly measures the neighbours.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perCpu = `${(packets / cpuSeconds / 1e6).toFixed(2)} Mpkt per CPU-s`;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return {
    name,
    packets,
    bytes: reader.bytesRead,
    seconds,
    peakRss,
    note: decode
      ? `${perCpu}; ${decoded} decoded (${tcp} TCP), ${weirds} weirds, ${unknown} unknown protocols, ${decoder.pendingFragments()} datagrams pending`
      : perCpu,
  };
}
