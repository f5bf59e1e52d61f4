/**
 * The scheduler and the event engine wired as language.md Appendix B's reference
 * run loop, checked against the behaviours the documented Zeek baselines show.
 * This is a model for the CLI/engine wiring, not the production loop.
 */
import { createEventEngine, EventEngine } from '../../src/events';
import { NetworkTimeScheduler } from '../../src/time';

interface Run {
  s: NetworkTimeScheduler;
  e: EventEngine;
  out: string[];
  /** Bro `schedule <delay> { name(args) }`: a no-op once terminating (§6.1). */
  schedule(delay: number, name: string, ...args: unknown[]): void;
  /** Bro `terminate()`: stop reading packets after the current one (§5.7 step 1). */
  terminate(): void;
  print(...parts: unknown[]): void;
}

type Queued = { e: EventEngine; name: string; args: unknown[] };
/** A schedule timer: firing appends its event to the queue (one static function, state per timer). */
const raiseScheduled = (q: Queued) => q.e.raise(q.name, ...q.args);

function setup(): Run & { wantStop: boolean } {
  const s = new NetworkTimeScheduler();
  const e = createEventEngine({ clock: s, onError: (err) => { throw err; } });
  const out: string[] = [];
  const run = {
    s,
    e,
    out,
    wantStop: false,
    schedule(delay: number, name: string, ...args: unknown[]) {
      if (s.terminating) return;
      s.at(s.networkTime + delay, raiseScheduled, { e, name, args });
    },
    terminate() {
      run.wantStop = true;
    },
    print(...parts: unknown[]) {
      out.push(parts.join(' '));
    },
  };
  return run;
}

/** Appendix B: startup, one iteration per packet, termination. `packets` are timestamps. */
function runTrace(run: ReturnType<typeof setup>, packets: number[]): void {
  const { s, e } = run;
  e.raise('zeek_init');
  e.drain();
  let first = true;
  for (const ts of packets) {
    s.fire(s.networkTime); // timers created "for now" since the last advance
    if (first) {
      e.raise('network_time_init');
      first = false;
    }
    s.advanceTo(ts);
    e.raise('new_packet', ts); // the engine's events for this packet
    e.drain();
    e.drain();
    if (run.wantStop) break;
  }
  terminate(run);
}

function terminate(run: ReturnType<typeof setup>): void {
  const { s, e } = run;
  if (e.has('net_done')) {
    e.drain();
    e.dispatchNow('net_done', s.networkTime);
  }
  s.flushAll();
  e.drain();
  e.drain();
  e.raise('zeek_done');
  s.flushAll();
  e.drainToEmpty();
}

test('core.network-time: 0 s and 2 s timers from zeek_init fire at the first packet; a re-armed one at the flush', () => {
  const run = setup();
  const { e, s } = run;
  e.on('zeek_init', () => {
    run.print('zeek_init', s.networkTime);
    run.schedule(0, 'e0');
    run.schedule(2, 'e2');
  });
  e.on('network_time_init', () => run.print('network_time_init', s.networkTime));
  e.on('e0', () => run.print('e0', s.networkTime));
  let rearmed = false;
  e.on('e2', () => {
    run.print('e2', s.networkTime);
    if (!rearmed) {
      rearmed = true;
      run.schedule(2, 'e2');
    }
  });
  e.on('new_packet', (ts) => {
    if (ts === 1000.5) run.terminate();
  });
  e.on('zeek_done', () => run.print('zeek_done', s.networkTime));
  runTrace(run, [1000, 1000.5, 1001]);
  expect(run.out).toEqual([
    'zeek_init 0',
    'e0 1000', // queued by the "for now" fire, before network_time_init
    'network_time_init 1000',
    'e2 1000', // due 2 ≤ 1000: fires at the first packet
    'e2 1000.5', // re-armed for 1002, flushed at termination with the last packet's time
    'zeek_done 1000.5',
  ]);
});

test('language.event-ts: four generations run at a packet, the fifth at the next packet before its own events', () => {
  const run = setup();
  const { e, s } = run;
  e.on('new_packet', (ts) => {
    run.print('packet', ts);
    if (ts === 1) e.raise('link', 1);
  });
  e.on('link', (n: number) => {
    run.print(`link${n}`, s.networkTime);
    if (n < 4) e.raise('link', n + 1);
  });
  runTrace(run, [1, 2]);
  expect(run.out).toEqual(['packet 1', 'link1 1', 'link2 1', 'link3 1', 'link4 2', 'packet 2']);
});

test('language.event-ts-scheduled: timers due between packets fire at the next packet, with its time, before its events', () => {
  const run = setup();
  const { e, s } = run;
  const T = 1300475167;
  e.on('new_packet', (ts) => {
    run.print('packet', ts);
    if (ts === T) {
      run.schedule(30 * 60, 'later', '30 min');
      run.schedule(15 * 60, 'later', '15 min');
    }
  });
  e.on('later', (what) => run.print(what, s.networkTime));
  runTrace(run, [T, T + 3600]);
  expect(run.out).toEqual(['packet 1300475167', '15 min 1300478767', '30 min 1300478767', 'packet 1300478767']);
});

test('language.event without input: scheduled events flush in due order after all queued events', () => {
  const run = setup();
  const { e, s } = run;
  s.advanceTo(1700000000); // no trace: network time is the (fixed) wall clock
  e.on('zeek_init', () => {
    run.schedule(3, 'ev', 'three');
    run.schedule(1, 'ev', 'one');
    run.schedule(2, 'ev', 'two');
    e.raise('ev', 'queued');
  });
  e.on('ev', (what) => run.print(what, s.networkTime));
  e.on('zeek_done', () => run.print('done'));
  runTrace(run, []);
  expect(run.out).toEqual([
    'queued 1700000000',
    'one 1700000000',
    'two 1700000000',
    'three 1700000000',
    'done',
  ]);
});

test('§6.2: an inline timer (when timeout) prints during the advance, before an earlier-due scheduled event runs', () => {
  const run = setup();
  const { e, s } = run;
  e.on('new_packet', (ts) => {
    if (ts === 10) {
      run.schedule(1, 'ev');
      s.at(s.networkTime + 2, () => run.print('timeout body', s.networkTime));
    }
  });
  e.on('ev', () => run.print('scheduled ev', s.networkTime));
  runTrace(run, [10, 20]);
  expect(run.out).toEqual(['timeout body 20', 'scheduled ev 20']);
});

test('schedule is a no-op once terminating: flushed handlers cannot re-arm', () => {
  const run = setup();
  const { e, s } = run;
  let n = 0;
  e.on('tick', () => {
    n++;
    run.print('tick', s.networkTime, s.terminating);
    run.schedule(1, 'tick');
  });
  e.on('zeek_init', () => run.schedule(1, 'tick'));
  runTrace(run, [0.5, 5]);
  // Fires at 5 (due 1), re-arms for 6, which is flushed at termination; that one's re-arm is ignored.
  expect(run.out).toEqual(['tick 5 false', 'tick 5 true']);
  expect(n).toBe(2);
  expect(s.pendingCount).toBe(0);
});

test('net_done is dispatched at once after a drain, before the flush, only if handled', () => {
  const run = setup();
  const { e, s } = run;
  e.on('new_packet', (ts) => {
    if (ts === 2) run.schedule(100, 'late');
  });
  e.on('late', () => run.print('late', s.networkTime));
  e.on('net_done', (t) => run.print('net_done', t));
  runTrace(run, [1, 2]);
  expect(run.out).toEqual(['net_done 2', 'late 2']);
});
