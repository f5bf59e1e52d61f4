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
  handles.length = 0;
  subs.length = 0;
  rows.push(benchQuiet(random));
  rows.push(benchEvents(count));
  return rows;
}

/**
 * The connection tracker's timer pattern: 25 000 established connections,
 * each with a quiet expire timer (re-armed every 6 s by the scheduler, its
 * callback never runs) and an inactivity timer moved every 16th packet,
 * driven by a packet every millisecond. Between packets the loop writes 32
 * cache lines at random places of a 128 MiB buffer, as reading a 512 MB
 * trace and tracking its connections does to the caches and the TLB, so the
 * timers are cold when they come due — as with 23 000 live connections in
 * the big trace, where that, not the queue logic, dominated timer cost.
 */
function benchQuiet(random: () => number): BenchRow {
  const conns = 25_000;
  const span = 600;
  const s = new NetworkTimeScheduler({ startTime: 0 });
  let ran = 0;
  const expire = (_: number) => {
    ran++;
  };
  const idle = (_: number) => {
    ran++;
  };
  const noise = new Float64Array(16 * 2 ** 20);
  const idleTimers: TimerHandle[] = [];
  const rss = rssTracker();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let c = 0; c < conns; c++) {
    s.setQuietPeriod(s.at(random() * 6, expire, c), 6);
    idleTimers.push(s.at(300 + random() * 300, idle, c));
  }
  let packets = 0;
  let x = 1;
  for (let t = 0; t <= span; t += 0.001) {
    s.advanceTo(t);
    for (let k = 0; k < 32; k++) {
      x = (Math.imul(x, 1103515245) + 12345) | 0;
      noise[(x >>> 8) & (noise.length - 8)] += 1;
    }
    if ((++packets & 15) === 0) {
      // Every 16th packet moves a connection's inactivity check (heap cancel + arm).
      const c = Math.floor(random() * conns);
      s.cancel(idleTimers[c]);
      idleTimers[c] = s.at(t + 300, idle, c);
    }
    if ((packets & 0xffff) === 0) rss.sample();
  }
  const t1 = process.hrtime.bigint();
  return {
    name: 'timers: quiet re-arms of cold timers',
    seconds: Number(t1 - t0) / 1e9,
    peakRss: rss.peak(),
    note:
      `${conns} quiet 6 s timers over ${span} s, ${packets} advances; ${s.firedCount} fired ` +
      `(${ran} callbacks), ${s.createdCount} created; ${cpuSince(cpu0)}`,
  };
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
