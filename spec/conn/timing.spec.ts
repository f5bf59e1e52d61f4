import { map, Observable, Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { Connection } from '../../src/conn/records';
import { createConnectionTracker } from '../../src/conn/tracker';
import { trackConnections } from '../../src/conn/trackConnections';
import type { ConnOptions } from '../../src/conn/options';
import { NetworkTimeScheduler } from '../../src/time/NetworkTimeScheduler';
import type { Packet } from '../../src/packet/Packet';
import { TCP_ACK, TCP_FIN, TCP_SYN, tcp, udp } from './packets';

/**
 * Marble tests of the timing rules on the functions the CLI uses
 * (`trackConnections` over `NetworkTimeScheduler`). Packets are emitted at
 * marble frames and stamped with the frame time (1 frame = 1 ms), so network
 * time follows the diagram. Each output value is the list of events one drain
 * dispatched, written `name@orig_p`.
 */
function setup(handled: string[], options: Partial<ConnOptions> = {}) {
  const scheduler = new NetworkTimeScheduler();
  const drained = new Subject<string>();
  let queue: string[] = [];
  const events = {
    has: (n: string) => handled.includes(n),
    raise: (n: string, ...a: unknown[]) => {
      const c = a.find((x): x is Connection => typeof x === 'object' && x !== null && 'uid' in x);
      queue.push(c ? `${n}@${c.id.orig_p & 0xffff}` : n);
    },
    drain: () => {
      if (queue.length > 0) drained.next(queue.join(' '));
      queue = [];
    },
  };
  const tracker = createConnectionTracker({ scheduler, events, ignoreChecksums: true, options });
  return { scheduler, events, tracker, drained };
}

type Build = (ts: number) => Packet;

describe('connection timing rules (marbles)', () => {
  let ts: TestScheduler;
  beforeEach(() => {
    ts = new TestScheduler((a, b) => expect(a).toEqual(b));
  });

  function run(
    handled: string[],
    packetMarble: string,
    builders: Record<string, Build>,
    expected: string,
    values: Record<string, string>,
    options: Partial<ConnOptions> = {},
    extra?: (s: ReturnType<typeof setup>) => void,
  ) {
    ts.run(({ cold, expectObservable }) => {
      const s = setup(handled, options);
      extra?.(s);
      const packets = cold(packetMarble, builders).pipe(map((b) => b(ts.now() / 1000)));
      // Subscribing to the output starts the pipeline, so nothing is emitted before the test listens.
      const out = new Observable<string>((sub) => {
        const inner = s.drained.subscribe(sub);
        const run = packets.pipe(trackConnections(s.tracker, () => s.events.drain())).subscribe({ complete: () => sub.complete() });
        return () => {
          inner.unsubscribe();
          run.unsubscribe();
        };
      });
      expectObservable(out).toBe(expected, values);
    });
  }

  const life = ['new_connection', 'connection_attempt', 'connection_state_remove', 'connection_timeout', 'connection_established', 'connection_pending', 'connection_finished'];

  it('attempt delay: an unanswered SYN becomes connection_attempt at the first packet 5 s later', () => {
    run(
      life,
      'a 4998ms b 1ms c|',
      {
        a: (t) => tcp(t, '10.0.0.1:1000', '10.0.0.2:80', TCP_SYN, 100, 0),
        b: (t) => udp(t, '10.0.0.3:5000', '10.0.0.4:6000'),
        c: (t) => udp(t, '10.0.0.3:5000', '10.0.0.4:6000'),
      },
      'x 4998ms y 1ms z (w|)',
      {
        x: 'new_connection@1000',
        // 4.999 s: the attempt timer (due at 5 s) has not run yet.
        y: 'new_connection@5000',
        // 5.001 s: it runs before the packet's own analysis.
        z: 'connection_attempt@1000 connection_state_remove@1000',
        w: 'connection_state_remove@5000',
      },
    );
  });

  it('inactivity timeout: a UDP flow idle for udp_inactivity_timeout is removed by the next packet', () => {
    run(
      life,
      'a 9999ms b|',
      {
        a: (t) => udp(t, '10.0.0.1:1111', '10.0.0.2:2222'),
        b: (t) => udp(t, '10.0.0.3:3333', '10.0.0.4:4444'),
      },
      'x 9999ms y (w|)',
      {
        x: 'new_connection@1111',
        y: 'connection_timeout@1111 connection_state_remove@1111 new_connection@3333',
        w: 'connection_state_remove@3333',
      },
      { udp_inactivity_timeout: 10 },
    );
  });

  it('close delay: a finished TCP connection leaves tcp_close_delay after its last packet', () => {
    const c = '10.0.0.1:1000';
    const s = '10.0.0.2:80';
    run(
      life,
      'a b c d e 4999ms f|',
      {
        a: (t) => tcp(t, c, s, TCP_SYN, 100, 0),
        b: (t) => tcp(t, s, c, TCP_SYN | TCP_ACK, 500, 101),
        c: (t) => tcp(t, c, s, TCP_ACK, 101, 501),
        d: (t) => tcp(t, c, s, TCP_FIN | TCP_ACK, 101, 501),
        e: (t) => tcp(t, s, c, TCP_FIN | TCP_ACK, 501, 102),
        f: (t) => udp(t, '10.0.0.3:3333', '10.0.0.4:4444'),
      },
      'x y 2ms z 4999ms w (v|)',
      {
        x: 'new_connection@1000',
        y: 'connection_established@1000',
        z: 'connection_finished@1000',
        // The delete timer is due at last_time (0.004 s) + 5 s.
        w: 'connection_timeout@1000 connection_state_remove@1000 new_connection@3333',
        v: 'connection_state_remove@3333',
      },
    );
  });

  it('a script event scheduled for the SYN+ACK time is dispatched before connection_established', () => {
    run(
      [...life, 'sched'],
      'a 99ms b|',
      {
        a: (t) => tcp(t, '10.0.0.1:1000', '10.0.0.2:80', TCP_SYN, 100, 0),
        b: (t) => tcp(t, '10.0.0.2:80', '10.0.0.1:1000', TCP_SYN | TCP_ACK, 500, 101),
      },
      'x 99ms y (z|)',
      {
        x: 'new_connection@1000',
        // Timers due at the packet's time run first (engine.md 1.1 step 2, 3.3 item 2).
        y: 'sched connection_established@1000',
        z: 'connection_pending@1000 connection_state_remove@1000',
      },
      {},
      (s) => s.scheduler.at(0.1, () => s.events.raise('sched')),
    );
  });

  it('flush at end of input: attempt timers still run, then pending + remove in key order, no timeouts', () => {
    run(
      life,
      'a b c|',
      {
        a: (t) => tcp(t, '10.0.0.9:1000', '10.0.0.2:80', TCP_SYN, 100, 0),
        b: (t) => tcp(t, '10.0.0.5:2000', '10.0.0.6:80', TCP_ACK, 100, 200, 10),
        c: (t) => udp(t, '10.0.0.1:3000', '10.0.0.2:53'),
      },
      'x y z (vw|)',
      {
        x: 'new_connection@1000',
        y: 'new_connection@2000',
        z: 'new_connection@3000',
        // The S0 attempt timer survives termination and runs in the timer flush (its own drain)...
        v: 'connection_attempt@1000 connection_state_remove@1000',
        // ...then the remaining connections in key order: 10.0.0.1<->10.0.0.2 (UDP),
        // 10.0.0.5<->10.0.0.6 (TCP, still active: pending). No connection_timeout.
        w: 'connection_state_remove@3000 connection_pending@2000 connection_state_remove@2000',
      },
    );
  });
});
