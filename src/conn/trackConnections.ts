import { MonoTypeOperatorFunction, Observable } from 'rxjs';
import type { Packet } from '../packet/Packet';
import type { ConnectionTracker } from './tracker';

/**
 * Runs each decoded packet through the connection tracker and passes it on;
 * after each packet (once downstream has seen it, so `raw_packet` can be
 * raised there) `afterPacket` runs — normally the event engine's `drain`
 * (engine.md 1.1 step 4). Completion is the end of input: the tracker flushes
 * (3.6) before the output completes.
 *
 * ## Example
 * ```ts
 * packets$.pipe(trackConnections(tracker, () => events.drain())).subscribe();
 * ```
 */
export function trackConnections(tracker: ConnectionTracker, afterPacket?: () => void): MonoTypeOperatorFunction<Packet> {
  return (source) =>
    new Observable<Packet>((subscriber) =>
      source.subscribe({
        next(pkt) {
          tracker.process(pkt);
          subscriber.next(pkt);
          if (afterPacket) afterPacket();
        },
        error(err) {
          subscriber.error(err);
        },
        complete() {
          tracker.finishAll();
          if (afterPacket) afterPacket();
          subscriber.complete();
        },
      }),
    );
}
