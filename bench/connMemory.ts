/**
 * Connection-state memory along a long trace: the same pipeline as the `conn`
 * bench (reader, decoder, tracker, conn.log rows), untimed, with a full garbage
 * collection at each tenth of the trace so the figure is the live heap, not
 * what the collector has not reclaimed yet (RSS grows lazily and says little
 * about retention). The heap should follow the connections alive at that
 * moment and stay flat once they plateau: state is owned by live connections.
 */
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openTrace } from '../src/input/openTrace';
import { createDecoder } from '../src/packet';
import { NetworkTimeScheduler } from '../src/time/NetworkTimeScheduler';
import { createConnectionTracker } from '../src/conn/tracker';
import type { BenchRow } from './BenchRow';

/** A full collection, without requiring `node --expose-gc`. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * Live heap and live connections at each tenth of the trace.
 *
 * ## Example
 * ```ts
 * const [row] = await benchConnMemory('/tmp/bench/big.pcap');
 * console.log(row.note); // "heap after full GC by tenths (MiB): 27 40 ... ; live connections: ..."
 * ```
 */
export async function benchConnMemory(tracePath: string): Promise<BenchRow[]> {
  const gc = collector();
  const scheduler = new NetworkTimeScheduler();
  let rows = 0;
  const tracker = createConnectionTracker({
    scheduler,
    events: { has: () => false, raise: () => undefined },
    ignoreChecksums: true,
    onConnLog: () => {
      rows++;
    },
  });
  const decoder = createDecoder({ ignoreChecksums: true, onWeird: tracker.weirdSink });
  const reader = await openTrace(tracePath);
  const total = statSync(tracePath).size;
  const heap: number[] = [];
  const live: number[] = [];
  const sample = () => {
    gc();
    heap.push(process.memoryUsage().heapUsed);
    live.push(tracker.activeCount);
  };
  gc();
  const base = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  let packets = 0;
  let next = 1;
  for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) {
    const recs = b.records;
    for (let i = 0; i < b.count; i++) {
      const p = decoder.decode(recs[i]);
      if (p !== null) tracker.process(p);
      else scheduler.advanceTo(recs[i].ts);
    }
    packets += b.count;
    if (reader.bytesRead >= (next * total) / 10) {
      next++;
      sample();
    }
  }
  tracker.finishAll();
  if (heap.length < 10) sample();
  const mib = (x: number) => (x / 2 ** 20).toFixed(0);
  // Heap per live connection at the busiest sample, above the heap before the first packet.
  let k = 0;
  for (let i = 1; i < live.length; i++) if (live[i] > live[k]) k = i;
  const perConn = live[k] > 0 ? Math.round((heap[k] - base) / live[k]) : 0;
  return [
    {
      name: 'conn state: live heap after full GC (untimed)',
      seconds: Number(process.hrtime.bigint() - t0) / 1e9,
      note:
        `by tenths, heap (MiB): ${heap.map(mib).join(' ')}; live connections: ${live.join(' ')}; ` +
        `about ${perConn} heap bytes per live connection; ${packets} packets, ${rows} conn.log rows`,
    },
  ];
}
