import type { BenchRow } from './BenchRow';
import { createEventEngine } from '../src/events/createEventEngine';
import { NetworkTimeScheduler } from '../src/time/NetworkTimeScheduler';
import type { TimerHandle } from '../src/time/NetworkTimeScheduler';
import { rng } from './rng';

/** CPU seconds (user + system) since `start`: steadier than wall time on a shared machine. */
function cpuSince(start: NodeJS.CpuUsage): string {
  const u = process.cpuUsage(start);
  return `${((u.user + u.system) / 1e6).toFixed(3)} s CPU`;
}

/**
 * Peak RSS observed at the checkpoints of one measurement. The process-wide
 * `maxRSS` would include whatever ran before in `npm run bench`.
 */
function rssTracker(): { sample(): void; peak(): number } {
  let peak = process.memoryUsage.rss();
  return {
    sample() {
      const rss = process.memoryUsage.rss();
      if (rss > peak) peak = rss;
    },
    peak: () => peak,
  };
}

/**
 * One million timers at random due times over an hour of network time, every
 * other one cancelled, the rest fired by advancing in 10 ms steps (like packets).
 * The trace argument of `bench/run.ts` is ignored: timers need no input.
 *
 * ## Example
 * ```ts
 * for (const row of await benchTimers()) console.log(row.name, row.seconds);
 * ```
 */
export async function benchTimers(_trace?: string, count = 1_000_000): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const random = rng(42);
  const span = 3600;
  let fired = 0;
  const onFire = (_: null, _now: number) => {
    fired++;
  };

  const s = new NetworkTimeScheduler({ startTime: 0 });
  const handles: TimerHandle[] = new Array(count);
  const rss = rssTracker();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) handles[i] = s.at(random() * span, onFire, null);
  rss.sample();
  const t1 = process.hrtime.bigint();
  for (let i = 0; i < count; i += 2) s.cancel(handles[i]);
  rss.sample();
  const t2 = process.hrtime.bigint();
  let advances = 0;
  for (let t = 0; t <= span; t += 0.01) {
    s.advanceTo(t);
    if (++advances % 10000 === 0) rss.sample();
  }
  s.advanceTo(span);
  const t3 = process.hrtime.bigint();
  const secs = (a: bigint, b: bigint) => Number(b - a) / 1e9;
  if (fired !== count / 2 || s.pendingCount !== 0) {
    throw new Error(`benchTimers: fired ${fired}, pending ${s.pendingCount}, expected ${count / 2} and 0`);
  }
  rows.push({
    name: 'timers: schedule + cancel half + fire',
    seconds: secs(t0, t3),
    peakRss: rss.peak(),
    note:
      `${count} scheduled (${secs(t0, t1).toFixed(3)} s), ${count / 2} cancelled (${secs(t1, t2).toFixed(3)} s), ` +
      `${fired} fired over ${advances} advances (${secs(t2, t3).toFixed(3)} s); ${cpuSince(cpu0)}`,
  });

  // The same load through RxJS `schedule` (what timer()/delay() cost on this scheduler).
  const r = new NetworkTimeScheduler();
  let rxFired = 0;
  const work = () => {
    rxFired++;
  };
  const subs = new Array(count);
  handles.length = 0; // let the first run's entries go before measuring this one
  const rrss = rssTracker();
  const rcpu = process.cpuUsage();
  const r0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) subs[i] = r.schedule(work, random() * span * 1000);
  rrss.sample();
  for (let i = 0; i < count; i += 2) subs[i].unsubscribe();
  let steps = 0;
  for (let t = 0; t <= span; t += 0.01) {
    r.advanceTo(t);
    if (++steps % 10000 === 0) rrss.sample();
  }
  r.advanceTo(span);
  const r1 = process.hrtime.bigint();
  rows.push({
    name: 'timers via RxJS schedule()',
    seconds: secs(r0, r1),
    peakRss: rrss.peak(),
    note: `${count} scheduled, ${count / 2} unsubscribed, ${rxFired} fired; ${cpuSince(rcpu)}`,
  });
  rows.push(benchEvents(count));
  return rows;
}

/**
 * The event engine's per-packet pattern: `has()` for an unhandled event, then a
 * handled event raised, drained twice (language.md §5.4 step 6).
 */
function benchEvents(count: number): BenchRow {
  const e = createEventEngine<{ new_packet: [n: number]; unhandled: [n: number] }>();
  let sum = 0;
  e.on('new_packet', (n) => {
    sum += n;
  });
  const rss = rssTracker();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    if (e.has('unhandled')) e.raise('unhandled', i);
    e.raise('new_packet', 1);
    e.drain();
    e.drain();
    if (i % 100000 === 0) rss.sample();
  }
  const t1 = process.hrtime.bigint();
  if (sum !== count) throw new Error(`benchEvents: ${sum} dispatched, expected ${count}`);
  return {
    name: 'events: has + raise + 2 drains per packet',
    packets: count,
    seconds: Number(t1 - t0) / 1e9,
    peakRss: rss.peak(),
    note: `${count} events dispatched, ${count} has() misses; ${cpuSince(cpu0)}`,
  };
}

if (require.main === module) {
  benchTimers().then((rows) => {
    for (const row of rows) console.log(`${row.name}: ${row.seconds.toFixed(3)} s, peak RSS ${((row.peakRss ?? 0) / 2 ** 20).toFixed(0)} MiB — ${row.note}`);
  });
}
