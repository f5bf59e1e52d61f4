/**
 * Connection-layer benchmark: reader + decoder + connection tracking with
 * conn.log written (to /dev/null), against reader + decoder alone on the same
 * trace. Figures: packets/s, the ratio to read + decode, peak RSS and RSS
 * sampled along the run (to show it stays flat: state is bounded by the
 * connections alive at once).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { openTrace } from '../src/input/openTrace';
import { createDecoder } from '../src/packet';
import { NetworkTimeScheduler } from '../src/time/NetworkTimeScheduler';
import { createConnLogByteWriter } from '../src/conn/connLogBytes';
import { createConnectionTracker } from '../src/conn/tracker';
import { createUidSource } from '../src/conn/uid';
import type { BenchRow } from './BenchRow';

/**
 * Measures "read + decode" and "read + decode + conn + conn.log" on one trace.
 *
 * ## Example
 * ```ts
 * for (const row of await benchConn('/tmp/bench/big.pcap')) console.log(row);
 * ```
 */
export async function benchConn(tracePath: string): Promise<BenchRow[]> {
  const base = await measure('read + decode (-C)', tracePath, false);
  const conn = await measure('read + decode + conn + conn.log (-C)', tracePath, true);
  // The machine is shared, so wall time is noisy: give the ratio in CPU time as well.
  const wall = conn.row.seconds > 0 ? base.row.seconds / conn.row.seconds : 0;
  const cpu = conn.cpu > 0 ? base.cpu / conn.cpu : 0;
  conn.row.note = `${(wall * 100).toFixed(0)}% of the read+decode rate (wall), ${(cpu * 100).toFixed(0)}% (CPU time: ${base.cpu.toFixed(2)} s vs ${conn.cpu.toFixed(2)} s); ${conn.row.note}`;
  return [base.row, conn.row];
}

async function measure(name: string, path: string, track: boolean): Promise<{ row: BenchRow; cpu: number }> {
  const scheduler = new NetworkTimeScheduler();
  // RXBRO_BENCH_CONN_LOG=<path> keeps the conn.log (deterministic UIDs, fixed
  // #open/#close dates) so a change can be checked byte for byte against the last.
  const keep = track ? process.env.RXBRO_BENCH_CONN_LOG : undefined;
  const fd = openSync(keep ?? '/dev/null', 'w');
  // Rows formatted as bytes into one buffer, written in 64 KiB pieces, as the CLI does.
  const out = (bytes: Uint8Array) => {
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
  };
  const log = createConnLogByteWriter(out, keep ? { now: () => new Date(0) } : {});
  let rows = 0;
  // Tunnels are decapsulated as in every CLI run (docs/tunnels.md), so their checks are measured too.
  const uids = createUidSource({ deterministic: keep !== undefined });
  const tracker = createConnectionTracker({
    scheduler,
    events: { has: () => false, raise: () => undefined },
    ignoreChecksums: true,
    uids,
    // Lines straight from the session state (no Connection record): no script handles events here.
    connLogWriter: log,
    // RXBRO_BENCH_SUCCESSFUL=1: keep c$successful as a script using it makes the engine do (src/conn/successful.ts).
    trackSuccessful: process.env.RXBRO_BENCH_SUCCESSFUL === '1',
    tunnels: {
      decoder: {
        decodeUdpTunnel: (p, kind, ec) => decoder.decodeUdpTunnel(p, kind, ec),
        get lastTunnel() {
          return decoder.lastTunnel;
        },
      },
    },
  });
  const decoder = createDecoder({ ignoreChecksums: true, onWeird: tracker.weirdSink, tunnels: { newUid: uids } });
  const reader = await openTrace(path);
  let packets = 0;
  let batches = 0;
  const rss: number[] = [];
  const live: number[] = [];
  let peakRss = process.memoryUsage.rss();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) {
    const recs = b.records;
    const n = b.count;
    for (let i = 0; i < n; i++) {
      const p = decoder.decode(recs[i]);
      if (!track) continue;
      if (p !== null) tracker.process(p);
      // Network time moves with every packet, also those that reach no connection.
      else scheduler.advanceTo(recs[i].ts);
    }
    packets += n;
    // rss() is a syscall: sample it every 16 chunks.
    if ((++batches & 15) === 0) {
      const r = process.memoryUsage.rss();
      rss.push(r);
      if (r > peakRss) peakRss = r;
      live.push(tracker.activeCount);
    }
  }
  if (track) tracker.finishAll();
  // Every connection is removed by the end, and each removal writes one row.
  if (track) rows = tracker.stats().total_conns;
  log.close();
  closeSync(fd);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cu = process.cpuUsage(c0);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const mib = (x: number) => `${(x / 2 ** 20).toFixed(0)}`;
  // A sample at each tenth of the run.
  const tenths = (a: number[], f: (x: number) => string) =>
    a.length >= 10 ? Array.from({ length: 10 }, (_, k) => f(a[Math.floor(((k + 1) * a.length) / 10) - 1])).join(' ') : a.map(f).join(' ');
  const row: BenchRow = {
    name,
    packets,
    bytes: reader.bytesRead,
    seconds,
    peakRss,
    note: track
      ? `${rows} conn.log rows; ${scheduler.createdCount} timers armed, ${scheduler.firedCount} fired (quiet re-arms included), ` +
        `${scheduler.peakPendingCount} pending at most; by tenths of the run, live connections: ${tenths(live, String)}; RSS (MiB): ${tenths(rss, mib)}`
      : `RSS by tenths (MiB): ${tenths(rss, mib)}`,
  };
  return { row, cpu: (cu.user + cu.system) / 1e6 };
}
