import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventEngine } from '../events';
import { EVENTS_FORMAT, STATE_UPDATES_FORMAT } from '../state';
import { PORT_UDP } from '../runtime/port';
import { setType, T } from '../runtime/types';
import { captureEvents, captureStateUpdates, openCaptureFile } from './eventCapture';

function tmp(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'rxbro-capture-')), name);
}

describe('captureEvents', () => {
  test('one typed JSON line per dispatched event, from the call on, until stopped', () => {
    const clock = { networkTime: 0 };
    const events = createEventEngine<{ dns: [p: number, n: number]; other: [] }>({ clock });
    events.on('dns', () => {});
    events.raise('dns', 53 | PORT_UDP, 1);
    events.drain(); // before the capture: not recorded
    const path = tmp('events.bst');
    const stop = captureEvents(events, openCaptureFile(path, EVENTS_FORMAT), (n) => (n === 'dns' ? [T.port, T.count] : undefined));
    clock.networkTime = 7.25;
    events.raise('dns', 53 | PORT_UDP, 2);
    events.raise('other'); // no handler: never dispatched, never captured
    events.drain();
    stop();
    events.raise('dns', 53 | PORT_UDP, 3);
    events.drain();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0])).toEqual({ format: 'rxbro-events', version: 1, date: expect.any(Number) });
    expect(lines.slice(1)).toEqual(['{"ts":7.25,"event":"dns","args":["53/udp",2]}']);
  });
});

describe('captureStateUpdates', () => {
  test('installs ctx.stateUpdate, types index and value by the global, removes it when stopped', () => {
    const ctx: Parameters<typeof captureStateUpdates>[0] = { scheduler: { networkTime: 3 } };
    const path = tmp('state-updates.bst');
    const stop = captureStateUpdates(ctx, openCaptureFile(path, STATE_UPDATES_FORMAT), (id) => (id === 'peers' ? setType([T.addr]) : T.interval));
    ctx.stateUpdate!('add', 'peers', ['10.0.0.1'], undefined);
    ctx.stateUpdate!('assign', 'timeout', undefined, 1.5);
    stop();
    expect(ctx.stateUpdate).toBeUndefined();
    expect(readFileSync(path, 'utf8').trimEnd().split('\n').slice(1)).toEqual([
      '{"ts":3,"op":"add","id":"peers","index":["10.0.0.1"]}',
      '{"ts":3,"op":"assign","id":"timeout","value":1.5}',
    ]);
  });
});
