/**
 * Table expiry under load: a per-host table (`&read_expire`) fed a million synthetic
 * accesses spread over simulated hours on the virtual network-time scheduler. Half the
 * accesses hit a fixed set of busy hosts, half come from hosts never seen before, so a
 * table without expiry grows without bound while an expiring one levels off once the
 * first `read_expire` window has passed. Samples of `|t|` and heap use show both.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BenchRow } from './BenchRow';
import { NetworkTimeScheduler } from '../src/time/NetworkTimeScheduler';
import { createExpiringTable, ExpiringTableOptions } from '../operators/createExpiringTable';
import { rng } from './rng';

const ACCESSES = 1_000_000;
const HOURS = 4;
const READ_EXPIRE = 300; // seconds, a typical per-host idle timeout
const BUSY_HOSTS = 1000;
const SAMPLES = 10;

interface Sample {
  size: number;
  heap: number;
}

/** A full GC before each heap sample, so the figures show live data rather than garbage. */
const gc: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

function heapUsed(): number {
  gc();
  return getHeapStatistics().used_heap_size;
}

function run(label: string, options: Omit<ExpiringTableOptions<number, number>, 'scheduler'>): BenchRow {
  const clock = new NetworkTimeScheduler();
  const start = 1_700_000_000;
  const table = createExpiringTable<number, number>({ ...options, scheduler: clock, startTime: () => start });
  let expired = 0;
  table.expired$.subscribe(() => expired++);
  const random = rng(42);
  const step = (HOURS * 3600) / ACCESSES;
  const samples: Sample[] = [];
  let nextNew = BUSY_HOSTS;
  let peakRss = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < ACCESSES; i++) {
    clock.advanceTo(start + i * step);
    const host = random() < 0.5 ? Math.floor(random() * BUSY_HOSTS) : nextNew++;
    // hits[host] += 1, written the way a compiled `&default = 0` table does it
    const n = table.get(host);
    table.set(host, n === undefined ? 1 : n + 1);
    if ((i + 1) % (ACCESSES / SAMPLES) === 0) {
      samples.push({ size: table.size, heap: heapUsed() });
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  table.dispose();
  const warm = samples.slice(SAMPLES / 5); // after the first 20 % (48 simulated minutes)
  const mib = (b: number) => (b / 2 ** 20).toFixed(1);
  const sizes = warm.map((s) => s.size);
  const heaps = warm.map((s) => s.heap);
  return {
    name: label,
    seconds,
    peakRss,
    note:
      `${(ACCESSES / seconds / 1e6).toFixed(2)} M accesses/s over ${HOURS} simulated h; ` +
      `|t| after warm-up ${Math.min(...sizes)}..${Math.max(...sizes)} (samples ${samples.map((s) => s.size).join(' ')}); ` +
      `heap after warm-up ${mib(Math.min(...heaps))}..${mib(Math.max(...heaps))} MiB ` +
      `(samples ${samples.map((s) => mib(s.heap)).join(' ')}); expired ${expired}`,
  };
}

/**
 * Runs the expiry benchmark: Zeek-exact sweeps, exact mode, and the same table without expiry.
 *
 * ## Example
 * ```ts
 * for (const row of await benchExpiry()) console.log(row.name, row.note);
 * ```
 *
 * @return one row per variant; `note` carries the size and heap samples.
 */
export async function benchExpiry(): Promise<BenchRow[]> {
  return [
    run(`expiry: &read_expire=${READ_EXPIRE}s (Zeek sweeps)`, { readExpire: READ_EXPIRE }),
    run(`expiry: &read_expire=${READ_EXPIRE}s (exact mode)`, { readExpire: READ_EXPIRE, exact: true }),
    run('expiry: same table without expiry', {}),
  ];
}
