import { map } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { NetworkTimeScheduler } from '../time/NetworkTimeScheduler';
import { createEventEngine } from './createEventEngine';
import type { DispatchedEvent, EventMap } from './EventMap';
import { ofEvent } from './ofEvent';

type Conn = { uid: string };
interface TestEvents {
  zeek_init: [];
  zeek_done: [];
  new_connection: [c: Conn];
  ping: [n: number];
  pong: [n: number];
  chain: [gen: number];
  other: [s: string];
}

function quiet() {
  const errors: Array<[string, string]> = [];
  return { errors, onError: (e: unknown, name: string) => void errors.push([name, (e as Error).message]) };
}

describe('queue and drain', () => {
  test('raise only queues; drain dispatches in FIFO order', () => {
    const e = createEventEngine<TestEvents>();
    const log: string[] = [];
    e.on('ping', (n) => void log.push(`ping ${n}`));
    e.on('other', (s) => void log.push(`other ${s}`));
    e.raise('ping', 1);
    e.raise('other', 'x');
    e.raise('ping', 2);
    expect(log).toEqual([]);
    expect(e.queueLength).toBe(3);
    expect(e.drain()).toBe(3);
    expect(log).toEqual(['ping 1', 'other x', 'ping 2']);
    expect(e.queueLength).toBe(0);
  });

  test('an event raised by a handler is queued behind the current batch, never run nested', () => {
    const e = createEventEngine<TestEvents>();
    const log: string[] = [];
    e.on('ping', (n) => {
      log.push(`ping ${n} start`);
      e.raise('pong', n);
      log.push(`ping ${n} end`);
    });
    e.on('pong', (n) => void log.push(`pong ${n}`));
    e.raise('ping', 1);
    e.raise('ping', 2);
    e.drain();
    expect(log).toEqual(['ping 1 start', 'ping 1 end', 'ping 2 start', 'ping 2 end', 'pong 1', 'pong 2']);
  });

  test("two batches per drain: a five-deep chain needs three drains (language.md §5.2, event-ts)", () => {
    const e = createEventEngine<TestEvents>();
    const ran: Array<[number, number]> = [];
    let drainNo = 0;
    e.on('chain', (gen) => {
      ran.push([gen, drainNo]);
      if (gen < 5) e.raise('chain', gen + 1);
    });
    e.raise('chain', 1);
    drainNo = 1;
    expect(e.drain()).toBe(2);
    drainNo = 2;
    expect(e.drain()).toBe(2);
    // The fifth generation waits at the head of the queue: it runs before the next packet's events.
    e.on('new_connection', (c) => void ran.push([Number(c.uid), drainNo]));
    e.raise('new_connection', { uid: '99' });
    drainNo = 3;
    expect(e.drain()).toBe(2);
    expect(ran).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 2],
      [5, 3],
      [99, 3],
    ]);
  });

  test('drainToEmpty runs every generation', () => {
    const e = createEventEngine<TestEvents>();
    const gens: number[] = [];
    e.on('chain', (gen) => {
      gens.push(gen);
      if (gen < 7) e.raise('chain', gen + 1);
    });
    e.raise('chain', 1);
    expect(e.drainToEmpty()).toBe(7);
    expect(gens).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('legacyDrain makes drain() run to empty (Bro ≤ 2.4)', () => {
    const e = createEventEngine<TestEvents>({ legacyDrain: true });
    const gens: number[] = [];
    e.on('chain', (gen) => {
      gens.push(gen);
      if (gen < 5) e.raise('chain', gen + 1);
    });
    e.raise('chain', 1);
    expect(e.drain()).toBe(5);
    expect(gens).toEqual([1, 2, 3, 4, 5]);
  });

  test('afterDrain hooks run once after both batches; events they raise wait or are drained by drainToEmpty', () => {
    const e = createEventEngine<TestEvents>();
    const log: string[] = [];
    e.on('ping', (n) => {
      log.push(`ping ${n}`);
      e.raise('pong', n);
    });
    e.on('pong', (n) => void log.push(`pong ${n}`));
    let fired = false;
    const off = e.afterDrain(() => {
      log.push('hook');
      if (!fired) {
        fired = true;
        e.raise('ping', 2); // like a `when` body raising an event
      }
    });
    e.raise('ping', 1);
    e.drain();
    expect(log).toEqual(['ping 1', 'pong 1', 'hook']);
    expect(e.queueLength).toBe(1);
    e.drainToEmpty();
    expect(log).toEqual(['ping 1', 'pong 1', 'hook', 'ping 2', 'pong 2', 'hook']);
    off();
    e.drain();
    expect(log.length).toBe(6);
  });

  test('an empty drain still runs the hooks', () => {
    const e = createEventEngine();
    let n = 0;
    e.afterDrain(() => void n++);
    expect(e.drain()).toBe(0);
    expect(n).toBe(1);
  });

  test('dispatchNow bypasses the queue (net_done)', () => {
    const e = createEventEngine<TestEvents>();
    const log: string[] = [];
    e.on('ping', (n) => void log.push(`ping ${n}`));
    e.on('zeek_done', () => void log.push('done'));
    e.raise('ping', 1);
    e.dispatchNow('zeek_done');
    expect(log).toEqual(['done']);
    expect(e.queueLength).toBe(1);
  });

  test('drain() from inside a handler is refused and reported, the outer drain continues', () => {
    const { errors, onError } = quiet();
    const e = createEventEngine<TestEvents>({ onError });
    const log: number[] = [];
    e.on('ping', (n) => {
      log.push(n);
      if (n === 1) e.drain();
    });
    e.raise('ping', 1);
    e.raise('ping', 2);
    e.drain();
    expect(log).toEqual([1, 2]);
    expect(errors).toEqual([['ping', 'EventEngine: drain() called from inside an event handler']]);
  });

  test('counters for prof.log', () => {
    const e = createEventEngine<TestEvents>();
    e.on('ping', () => undefined);
    e.raise('ping', 1);
    e.raise('pong', 1); // no body: not queued
    e.raise('ping', 2);
    e.drain();
    e.dispatchNow('ping', 3);
    expect(e.queuedCount).toBe(2);
    expect(e.dispatchedCount).toBe(3);
  });
});

describe('priorities', () => {
  test('descending priority, ties in registration order, regardless of registration order', () => {
    const e = createEventEngine<TestEvents>();
    const log: string[] = [];
    e.on('zeek_init', () => void log.push('0a'));
    e.on('zeek_init', () => void log.push('-10'), { priority: -10 });
    e.on('zeek_init', () => void log.push('10a'), { priority: 10 });
    e.on('zeek_init', () => void log.push('0b'));
    e.on('zeek_init', () => void log.push('10b'), { priority: 10 });
    e.on('zeek_init', () => void log.push('5'), { priority: 5 });
    e.raise('zeek_init');
    e.drain();
    expect(log).toEqual(['10a', '10b', '5', '0a', '0b', '-10']);
    expect(e.handlerCount('zeek_init')).toBe(6);
  });

  test('removing a body keeps the others in order; removing twice is harmless', () => {
    const e = createEventEngine<TestEvents>();
    const log: string[] = [];
    e.on('ping', () => void log.push('a'));
    const offB = e.on('ping', () => void log.push('b'));
    e.on('ping', () => void log.push('c'));
    offB();
    offB();
    e.raise('ping', 0);
    e.drain();
    expect(log).toEqual(['a', 'c']);
  });

  test('the same function registered twice runs twice and is removed once per registration', () => {
    const e = createEventEngine<TestEvents>();
    const log: number[] = [];
    const h = (n: number) => void log.push(n);
    const off1 = e.on('ping', h);
    e.on('ping', h);
    off1();
    e.raise('ping', 7);
    e.drain();
    expect(log).toEqual([7]);
  });

  test('bodies added or removed during a dispatch affect only later dispatches', () => {
    const e = createEventEngine<TestEvents>();
    const log: string[] = [];
    let offLate: () => void = () => undefined;
    e.on('ping', (n) => {
      log.push(`first ${n}`);
      if (n === 1) {
        e.on('ping', (m) => void log.push(`added ${m}`));
        offLate();
      }
    });
    offLate = e.on('ping', (n) => void log.push(`late ${n}`));
    e.raise('ping', 1);
    e.raise('ping', 2);
    e.drain();
    expect(log).toEqual(['first 1', 'late 1', 'first 2', 'added 2']);
  });
});

describe('aliases', () => {
  test('bro_init and zeek_init are one event: bodies merge by priority, either name raises it', () => {
    const e = createEventEngine();
    const log: string[] = [];
    e.on('bro_init', () => void log.push('bro 0'));
    e.on('zeek_init', () => void log.push('zeek 5'), { priority: 5 });
    e.on('bro_init', () => void log.push('bro 5'), { priority: 5 });
    e.on('zeek_init', () => void log.push('zeek 0'));
    expect(e.has('bro_init')).toBe(true);
    expect(e.handlerCount('bro_init')).toBe(4);
    e.raise('bro_init');
    e.drain();
    expect(log).toEqual(['zeek 5', 'bro 5', 'bro 0', 'zeek 0']);
    log.length = 0;
    e.raise('zeek_init');
    e.drain();
    expect(log).toEqual(['zeek 5', 'bro 5', 'bro 0', 'zeek 0']);
  });

  test.each([
    ['bro_done', 'zeek_done'],
    ['bro_script_loaded', 'zeek_script_loaded'],
  ])('%s ≡ %s, and events$ reports the Zeek name', (old, modern) => {
    const e = createEventEngine();
    const args: unknown[][] = [];
    e.on(old, (...a) => void args.push(a));
    const names: string[] = [];
    const sub = e.events$.subscribe((ev) => void names.push(ev.name));
    e.raise(modern, 'x.bro', 0);
    e.raise(old, 'y.bro', 1);
    e.drain();
    sub.unsubscribe();
    expect(args).toEqual([
      ['x.bro', 0],
      ['y.bro', 1],
    ]);
    expect(names).toEqual([modern, modern]);
  });
});

describe('handler errors', () => {
  test('a throwing body aborts only itself: later bodies and events run, onError gets the event name', () => {
    const { errors, onError } = quiet();
    const e = createEventEngine<TestEvents>({ onError });
    const log: string[] = [];
    e.on('ping', () => {
      throw new Error('index out of bounds');
    }, { priority: 1 });
    e.on('ping', (n) => void log.push(`ping ${n}`));
    e.on('pong', (n) => void log.push(`pong ${n}`));
    e.raise('ping', 1);
    e.raise('pong', 2);
    e.drain();
    expect(log).toEqual(['ping 1', 'pong 2']);
    expect(errors).toEqual([['ping', 'index out of bounds']]);
  });

  test('a throwing afterDrain hook is reported and the other hooks run', () => {
    const { errors, onError } = quiet();
    const e = createEventEngine({ onError });
    let ran = false;
    e.afterDrain(() => {
      throw new Error('bad when');
    });
    e.afterDrain(() => void (ran = true));
    e.drain();
    expect(ran).toBe(true);
    expect(errors).toEqual([['<afterDrain>', 'bad when']]);
  });

  test('by default the error is written to stderr', () => {
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const e = createEventEngine<TestEvents>();
      e.on('ping', () => {
        throw new Error('boom');
      });
      e.raise('ping', 1);
      e.drain();
      expect(spy).toHaveBeenCalledWith('error in handler of ping: boom\n');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('has() — only events with a consumer cost anything', () => {
  test('false without bodies, and raise is then a no-op', () => {
    const e = createEventEngine<TestEvents>();
    expect(e.has('new_connection')).toBe(false);
    e.raise('new_connection', { uid: 'C1' });
    expect(e.queueLength).toBe(0);
    expect(e.queuedCount).toBe(0);
    const off = e.on('new_connection', () => undefined);
    expect(e.has('new_connection')).toBe(true);
    expect(e.has('ping')).toBe(false);
    off();
    expect(e.has('new_connection')).toBe(false);
  });

  test('subscribing to events$ makes every event live until unsubscribed', () => {
    const e = createEventEngine<TestEvents>();
    const seen: string[] = [];
    const sub = e.events$.subscribe((ev) => void seen.push(ev.name));
    expect(e.has('ping')).toBe(true);
    expect(e.has('new_connection')).toBe(true);
    e.raise('ping', 1);
    e.raise('other', 'a');
    expect(e.queueLength).toBe(2);
    e.drain();
    expect(seen).toEqual(['ping', 'other']);
    sub.unsubscribe();
    expect(e.has('ping')).toBe(false);
    e.raise('ping', 2);
    expect(e.queueLength).toBe(0);
  });
});

describe('events$ and ofEvent', () => {
  test('events$ carries name, args and the network time at dispatch, before the bodies run', () => {
    const clock = new NetworkTimeScheduler();
    const e = createEventEngine<TestEvents>({ clock });
    const seen: Array<DispatchedEvent<TestEvents>> = [];
    const order: string[] = [];
    e.events$.subscribe((ev) => {
      seen.push(ev);
      order.push(`tap ${ev.name}`);
    });
    e.on('ping', () => void order.push('body ping'));
    e.raise('ping', 1);
    clock.advanceTo(1300475167.5); // raised at one time, dispatched at a later one
    e.drain();
    e.raise('new_connection', { uid: 'C1' });
    e.drain();
    expect(seen).toEqual([
      { name: 'ping', args: [1], time: 1300475167.5 },
      { name: 'new_connection', args: [{ uid: 'C1' }], time: 1300475167.5 },
    ]);
    expect(order).toEqual(['tap ping', 'body ping', 'tap new_connection']);
  });

  test('mutations of aggregate arguments by an earlier body are visible to later bodies and to taps', () => {
    const e = createEventEngine<TestEvents>();
    const uids: string[] = [];
    e.on('new_connection', (c) => void (c.uid = 'changed'), { priority: 1 });
    e.on('new_connection', (c) => void uids.push(c.uid));
    let tapped: Conn | undefined;
    e.events$.pipe(ofEvent('new_connection')).subscribe(([c]) => void (tapped = c));
    e.raise('new_connection', { uid: 'C1' });
    e.drain();
    expect(uids).toEqual(['changed']);
    expect(tapped).toEqual({ uid: 'changed' }); // same object, not a copy
  });

  test('ofEvent as marbles: one packet per frame, a drain after each', () => {
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ hot, expectObservable }) => {
      const e = createEventEngine<TestEvents>();
      e.on('ping', (n) => e.raise('pong', n * 10));
      e.on('pong', () => undefined);
      const packets = hot('-a-b--c-|', { a: 1, b: 2, c: 3 });
      packets.subscribe((n) => {
        e.raise('ping', n);
        e.raise('other', 'pkt');
        e.drain();
      });
      expectObservable(e.events$.pipe(ofEvent('pong'), map(([n]) => n)), '^-------!').toBe('-a-b--c-', {
        a: 10,
        b: 20,
        c: 30,
      });
      expectObservable(e.events$.pipe(ofEvent('other')), '^-------!').toBe('-x-x--x-', { x: ['pkt'] });
    });
  });

  test('ofEvent accepts the old name of an aliased event', () => {
    const e = createEventEngine<TestEvents>();
    let n = 0;
    e.events$.pipe(ofEvent('bro_init')).subscribe(() => void n++);
    e.raise('zeek_init');
    e.raise('zeek_done');
    e.drain();
    expect(n).toBe(1);
  });

  test('an open map (compiled scripts) accepts any name', () => {
    const e = createEventEngine<EventMap>();
    const got: unknown[][] = [];
    e.on('my_event', (...args) => void got.push(args));
    e.raise('my_event', 1, 'two', [3]);
    e.drain();
    expect(got).toEqual([[1, 'two', [3]]]);
  });
});

// Type-level checks: validated by `tsc` over the spec files (jest strips types).
test('ofEvent and raise are typed from the event map', () => {
  const e = createEventEngine<TestEvents>();
  const conns: Conn[] = [];
  const nums: number[] = [];
  e.events$.pipe(ofEvent('new_connection')).subscribe(([c]) => void conns.push(c));
  e.events$.pipe(ofEvent('ping')).subscribe((args: [n: number]) => void nums.push(args[0]));
  const typeErrors = () => {
    // @ts-expect-error: not an event of TestEvents
    e.events$.pipe(ofEvent('no_such_event'));
    // @ts-expect-error: wrong argument type
    e.raise('ping', 'one');
  };
  void typeErrors; // never called: only tsc reads it
  e.raise('ping', 1);
  e.raise('new_connection', { uid: 'C9' });
  e.drain();
  expect(nums).toEqual([1]);
  expect(conns).toEqual([{ uid: 'C9' }]);
});

describe('observeDispatch', () => {
  test('sees every dispatched event with its time, without making unhandled events raisable', () => {
    const clock = { networkTime: 12.5 };
    const engine = createEventEngine<{ a: [n: number]; b: [] }>({ clock });
    const seen: string[] = [];
    engine.on('a', () => {});
    const stop = engine.observeDispatch((name, args, time) => seen.push(`${name}(${args.join(',')})@${time}`));
    expect(engine.has('b')).toBe(false);
    engine.raise('a', 1);
    engine.raise('b');
    engine.drain();
    stop();
    engine.raise('a', 2);
    engine.drain();
    expect(seen).toEqual(['a(1)@12.5']);
  });
});
