import { createEventEngine } from '../events';
import { createHotEvents, refreshHotEvents } from './hotEvents';

describe('hotEvents: cached has() of the per-packet events', () => {
  it('follows handlers registered and removed on the event engine', () => {
    const events = createEventEngine();
    const hot = createHotEvents();
    refreshHotEvents(hot, events);
    expect(hot.tcpPacket).toBe(false);
    const off = events.on('tcp_packet', () => undefined);
    refreshHotEvents(hot, events);
    expect(hot.tcpPacket).toBe(true);
    expect(hot.newPacket).toBe(false);
    off();
    refreshHotEvents(hot, events);
    expect(hot.tcpPacket).toBe(false);
  });

  it('turns every flag on while events$ is tapped', () => {
    const events = createEventEngine();
    const hot = createHotEvents();
    const sub = events.events$.subscribe(() => undefined);
    refreshHotEvents(hot, events);
    expect(hot.newPacket && hot.udpRequest && hot.tcpOption && hot.rexmitInconsistency).toBe(true);
    sub.unsubscribe();
    refreshHotEvents(hot, events);
    expect(hot.newPacket).toBe(false);
  });

  it('does not ask again while the handler version stays the same', () => {
    let asked = 0;
    const sink = { handlerVersion: 7, has: () => (asked++, true), raise: () => undefined };
    const hot = createHotEvents();
    refreshHotEvents(hot, sink);
    const once = asked;
    refreshHotEvents(hot, sink);
    expect(asked).toBe(once);
    expect(hot.udpReply).toBe(true);
  });

  it('asks every time a sink without versions', () => {
    let answer = false;
    const sink = { has: () => answer, raise: () => undefined };
    const hot = createHotEvents();
    refreshHotEvents(hot, sink);
    expect(hot.newPacket).toBe(false);
    answer = true;
    refreshHotEvents(hot, sink);
    expect(hot.newPacket).toBe(true);
  });

  it('follows a rexmit_inconsistency handler (copies of delivered TCP data are kept only then)', () => {
    const events = createEventEngine();
    const hot = createHotEvents();
    refreshHotEvents(hot, events);
    expect(hot.rexmitInconsistency).toBe(false);
    const off = events.on('rexmit_inconsistency', () => undefined);
    refreshHotEvents(hot, events);
    expect(hot.rexmitInconsistency).toBe(true);
    off();
    refreshHotEvents(hot, events);
    expect(hot.rexmitInconsistency).toBe(false);
  });
});
