import { NetworkTimeScheduler } from './NetworkTimeScheduler';
import type { TimerHandle } from './NetworkTimeScheduler';
import { TimerLane } from './TimerLane';
import { rng } from '../../bench/rng';

const nop = () => undefined;

describe('TimerLane', () => {
  test('FIFO across growth and wrap-around; refuses an earlier due', () => {
    const lane = new TimerLane(6000);
    let seq = 0;
    const out: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 300; i++) lane.push({ due: round * 1000 + i, seq: seq++, fn: nop, state: null });
      for (let i = 0; i < 200; i++) out.push(lane.shift()!.due);
    }
    expect(lane.size).toBe(300);
    while (lane.size > 0) out.push(lane.shift()!.due);
    const expected = [0, 1, 2].flatMap((r) => Array.from({ length: 300 }, (_, i) => r * 1000 + i));
    expect(out).toEqual(expected);
    expect(lane.shift()).toBeUndefined();
    lane.push({ due: 50, seq: seq++, fn: nop, state: null });
    expect(lane.accepts(49)).toBe(false);
    expect(lane.accepts(50)).toBe(true);
  });
});

describe('TimerLane.drop', () => {
  test('a dropped entry is skipped without being read, across growth', () => {
    const lane = new TimerLane(6000);
    const held: Array<{ due: number; seq: number; fn: typeof nop | null; state: null; slot?: number }> = [];
    for (let i = 0; i < 600; i++) {
      const e = { due: i, seq: i, fn: nop, state: null };
      lane.push(e);
      held.push(e);
      // Drop every third one while the lane grows (positions must survive the copy).
      if (i % 3 === 0) lane.drop(held[i].slot!);
    }
    const out: number[] = [];
    for (let e = lane.shift(); e !== undefined; e = lane.shift()) out.push(e.due);
    expect(out).toEqual(Array.from({ length: 600 }, (_, i) => i).filter((i) => i % 3 !== 0));
    expect(lane.size).toBe(0);
  });

  test('requeueHead moves a quiet head to the tail through the lane arrays alone; its ticket still drops it', () => {
    const lane = new TimerLane(6000);
    let touched = 0;
    const watch: { due: number; seq: number; fn: typeof nop; state: null; period: number; slot?: number } = { due: 1, seq: 0, fn: nop, state: null, period: 6 };
    const quiet = new Proxy(watch, {
      get: (o, k) => (touched++, Reflect.get(o, k)),
      set: (o, k, v) => (touched++, Reflect.set(o, k, v)),
    });
    lane.push(quiet);
    const ticket = watch.slot!;
    for (let i = 0; i < 5; i++) lane.push({ due: 2 + i, seq: 1 + i, fn: nop, state: null });
    touched = 0;
    expect(lane.headIsQuiet()).toBe(true);
    lane.requeueHead(7, 6); // behind every other entry
    expect(touched).toBe(0);
    expect(lane.dueOf(ticket)).toBe(7);
    expect(lane.seqOf(ticket)).toBe(6);
    expect(lane.headIsQuiet()).toBe(false);
    const out: number[] = [];
    for (let e = lane.shift(); e !== undefined; e = lane.shift()) out.push(e.seq);
    expect(out).toEqual([1, 2, 3, 4, 5, 0]); // the moved entry's own seq field is left behind
    // Dropped by its ticket after moving.
    lane.push(quiet);
    lane.push({ due: 8, seq: 8, fn: nop, state: null });
    lane.requeueHead(9, 9);
    lane.drop(watch.slot!);
    expect(lane.shift()!.seq).toBe(8);
    expect(lane.shift()).toBeUndefined();
  });

  test('a cancelled and released lane timer is reused at once by the next at()', () => {
    const s = new NetworkTimeScheduler();
    const hs: TimerHandle[] = [];
    // Enough timers of one delay to give it a lane.
    for (let i = 0; i < 300; i++) {
      s.advanceTo(i / 100);
      hs.push(s.at(s.networkTime + 6, nop));
    }
    const last = hs[299];
    s.cancel(last);
    s.release(last);
    expect(s.at(s.networkTime + 6, nop)).toBe(last);
    expect(s.pendingCount).toBe(300);
  });
});

describe('NetworkTimeScheduler lanes', () => {
  // The lanes are an implementation detail: the firing order must be exactly
  // (due, creation order), as with one sorted list. The same driver runs on the
  // scheduler and on a naive reference, and their logs must be equal.
  interface Clock {
    at(due: number, fn: (id: number, now: number, self: TimerHandle) => void, id: number): TimerHandle;
    rearm(h: TimerHandle, due: number, fn: (id: number, now: number, self: TimerHandle) => void, id: number): TimerHandle;
    cancel(h: TimerHandle): boolean;
    advanceTo(t: number): number;
  }
  class Reference implements Clock {
    private list: Array<{ due: number; seq: number; fn: ((id: number, now: number, self: TimerHandle) => void) | null; id: number }> = [];
    private seq = 0;
    private time = 0;
    at(due: number, fn: (id: number, now: number, self: TimerHandle) => void, id: number): TimerHandle {
      const e = { due, seq: this.seq++, fn, id };
      this.list.push(e);
      return e;
    }
    rearm(_h: TimerHandle, due: number, fn: (id: number, now: number, self: TimerHandle) => void, id: number): TimerHandle {
      return this.at(due, fn, id);
    }
    cancel(h: TimerHandle): boolean {
      const e = h as (typeof this.list)[number];
      if (e.fn === null) return false;
      e.fn = null;
      return true;
    }
    advanceTo(t: number): number {
      if (t > this.time) this.time = t;
      let n = 0;
      for (;;) {
        let best = -1;
        for (let i = 0; i < this.list.length; i++) {
          const e = this.list[i];
          if (e.due > this.time) continue;
          if (best < 0 || e.due < this.list[best].due || (e.due === this.list[best].due && e.seq < this.list[best].seq)) best = i;
        }
        if (best < 0) return n;
        const [e] = this.list.splice(best, 1);
        if (e.fn === null) continue;
        const fn = e.fn;
        e.fn = null;
        n++;
        fn(e.id, this.time, e);
      }
    }
  }
  function drive(c: Clock): Array<[number, number]> {
    const random = rng(7);
    const delays = [5, 6, 60, 300, 0.5];
    const handles: TimerHandle[] = [];
    const log: Array<[number, number]> = [];
    function fire(id: number, now: number, self: TimerHandle): void {
      log.push([id, now]);
      // A third of the timers re-arm one of the common delays from now, reusing their entry.
      if (id % 3 === 0 && now < 200) handles[id] = c.rearm(self, now + delays[id % delays.length], fire, id);
    }
    let now = 0;
    for (let step = 0; step < 3000; step++) {
      now += random() * 0.2;
      c.advanceTo(now);
      const k = Math.floor(random() * 3);
      for (let j = 0; j < k; j++) {
        const d = random() < 0.8 ? delays[Math.floor(random() * delays.length)] : random() * 100;
        handles.push(c.at(random() < 0.1 ? Math.floor(now + d) : now + d, fire, handles.length));
      }
      if (random() < 0.3 && handles.length > 0) c.cancel(handles[Math.floor(random() * handles.length)]);
    }
    c.advanceTo(now + 1000);
    return log;
  }

  test('firing order and now equal a (due, seq) reference under mixed delays, re-arms and cancels', () => {
    const s = new NetworkTimeScheduler({ startTime: 0 });
    const got = drive(s);
    const want = drive(new Reference());
    expect(want.length).toBeGreaterThan(2000);
    expect(got).toEqual(want);
    expect(s.pendingCount).toBe(0);
  });

  test('rearm reuses an entry that ran, and makes a new one for a pending handle', () => {
    const s = new NetworkTimeScheduler({ startTime: 0 });
    const seen: Array<[number, number]> = [];
    let self: TimerHandle | undefined;
    const h = s.at(1, (_: null, now: number, me: TimerHandle) => {
      self = me;
      seen.push([1, now]);
    }, null);
    s.advanceTo(1);
    expect(self).toBe(h);
    const again = s.rearm(h, 3, (_: null, now: number) => void seen.push([2, now]), null);
    expect(again).toBe(h);
    expect(again.due).toBe(3);
    expect(s.isPending(h)).toBe(true);
    const other = s.rearm(h, 4, (_: null, now: number) => void seen.push([3, now]), null);
    expect(other).not.toBe(h);
    s.advanceTo(5);
    expect(seen).toEqual([[1, 1], [2, 5], [3, 5]]);
    expect(s.isPending(h)).toBe(false);
  });

  test('forEachPending and compaction see laned timers; cancel works in lanes', () => {
    const s = new NetworkTimeScheduler({ startTime: 0 });
    const hs: TimerHandle[] = [];
    for (let i = 0; i < 2000; i++) {
      s.advanceTo(i * 0.001);
      hs.push(s.at(i * 0.001 + 6, nop, i));
    }
    let n = 0;
    s.forEachPending(() => n++);
    expect(n).toBe(2000);
    for (let i = 0; i < 2000; i += 2) s.cancel(hs[i]);
    expect(s.pendingCount).toBe(1000);
    expect(s.advanceTo(100)).toBe(1000);
  });
});

describe('NetworkTimeScheduler quiet timers', () => {
  // A quiet timer must be indistinguishable from one whose callback re-arms it
  // at now + period: same firing times of everything else, same counters, and
  // the same due time when it is made to run its callback again.
  function run(quietly: boolean): { log: string[]; created: number; fired: number } {
    const s = new NetworkTimeScheduler({ startTime: 0 });
    const random = rng(3);
    const log: string[] = [];
    let checking = !quietly;
    let h: TimerHandle;
    function check(_: null, now: number, self: TimerHandle): void {
      log.push(`check ${now}`);
      if (now > 500) return; // done: the chain ends
      h = s.rearm(self, now + 6, check, null);
      if (!checking) s.setQuietPeriod(h, 6);
    }
    h = s.at(5, check, null);
    if (quietly) s.setQuietPeriod(h, 6);
    let now = 0;
    for (let step = 0; step < 5000; step++) {
      now += random() * 0.3;
      if (step === 2500) {
        checking = true;
        s.setQuietPeriod(h, 0);
      }
      s.advanceTo(now);
      if (random() < 0.2) s.at(now + (random() < 0.5 ? 6 : random() * 10), (id: number, t: number) => void log.push(`t${id} ${t}`), step);
    }
    s.advanceTo(now + 100);
    return { log, created: s.createdCount, fired: s.firedCount };
  }

  test('re-arm without a callback is exactly a callback that re-arms', () => {
    const loud = run(false);
    const quiet = run(true);
    expect(quiet.created).toBe(loud.created);
    expect(quiet.fired).toBe(loud.fired);
    // The loud run logs every check; the quiet one only those after it was made to run again.
    const firstQuietCheck = quiet.log.findIndex((l) => l.startsWith('check'));
    expect(firstQuietCheck).toBeGreaterThan(0);
    const loudOthers = loud.log.filter((l) => !l.startsWith('check'));
    const quietOthers = quiet.log.filter((l) => !l.startsWith('check'));
    expect(quietOthers).toEqual(loudOthers);
    const loudChecks = loud.log.filter((l) => l.startsWith('check'));
    const quietChecks = quiet.log.filter((l) => l.startsWith('check'));
    expect(quietChecks.length).toBeGreaterThan(10);
    expect(quietChecks).toEqual(loudChecks.slice(loudChecks.length - quietChecks.length));
  });

  test('due times of a quiet timer kept in its lane: forEachPending, nextDue, lastFiredDue, and the handle once loud again', () => {
    const s = new NetworkTimeScheduler({ startTime: 0 });
    const noop = () => undefined;
    // Enough 6 s timers that the delay gets a lane, so the quiet one re-arms there.
    for (let i = 0; i < 300; i++) s.at(6 + i * 1e-6, noop, null);
    const ran: number[] = [];
    const h = s.at(7, (_: null, now: number) => void ran.push(now), null);
    s.setQuietPeriod(h, 6);
    s.advanceTo(7.5); // the quiet timer re-arms at 13.5
    expect(s.lastFiredDue).toBe(7);
    expect(s.nextDue()).toBe(13.5);
    const dues: number[] = [];
    s.forEachPending((_fn, _state, due) => void dues.push(due));
    expect(dues).toEqual([13.5]);
    s.advanceTo(14); // again, at 20
    expect(s.lastFiredDue).toBe(13.5);
    s.setQuietPeriod(h, 0);
    expect(h.due).toBe(20);
    s.advanceTo(20);
    expect(ran).toEqual([20]);
    expect(s.lastFiredDue).toBe(20);
  });
});

describe('NetworkTimeScheduler release', () => {
  test('a released entry is reused only once it has left its queue, by ran or dropped timers alike', () => {
    const s = new NetworkTimeScheduler({ startTime: 0 });
    const log: string[] = [];
    const rec = (label: string, now: number) => void log.push(`${label}@${now}`);
    const a = s.at(1, rec, 'a');
    s.cancel(a);
    s.release(a);
    expect(s.at(1.5, rec, 'b')).not.toBe(a); // still in the heap: not reusable yet
    s.advanceTo(2); // drops a, runs b
    const c = s.at(3, rec, 'c');
    expect(c).toBe(a);
    // Released while pending: runs normally, then is recycled.
    s.release(c);
    expect(s.at(4, rec, 'd')).not.toBe(c);
    s.advanceTo(3);
    const e = s.at(10, rec, 'e');
    expect(e).toBe(c);
    // Released inside its own callback.
    let self: TimerHandle | undefined;
    s.at(5, (_: null, _now: number, me: TimerHandle) => {
      self = me;
      s.release(me);
    }, null);
    s.advanceTo(5);
    expect(s.at(11, rec, 'f')).toBe(self);
    // A released handle is never re-armed in place.
    expect(s.rearm(s.at(12, rec, 'g'), 13, rec, 'h')).not.toBe(self);
    s.advanceTo(20);
    expect(log).toEqual(['b@2', 'c@3', 'd@5', 'e@20', 'f@20', 'g@20', 'h@20']);
    expect(s.pendingCount).toBe(0);
  });
});
