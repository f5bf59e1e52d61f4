import * as path from 'path';
import { createEventEngine } from '../../src/events/createEventEngine';
import type { ConnEvents } from '../../src/conn/events';
import type { Connection } from '../../src/conn/records';
import { runTraceConnLog } from './runTrace';
import { replayConfig, ZEEK_TRACES } from './zeekRun';

describe('with the real event engine (src/events)', () => {
  it('typed handlers see the shared, refreshed record; only handled events are raised', async () => {
    const engine = createEventEngine<ConnEvents>();
    const seen: string[] = [];
    let first: Connection | undefined;
    engine.on('new_connection', (c) => {
      first = c;
      seen.push(`new ${c.uid} ${c.history}`);
    });
    engine.on('connection_established', (c) => seen.push(`est ${c.history} orig.num_pkts=${c.orig.num_pkts}`));
    engine.on('connection_finished', (c) => seen.push(`fin ${c.history}`));
    engine.on('connection_state_remove', (c) => seen.push(`remove ${c === first} ${c.history} ${c.duration.toFixed(6)}`));
    await runTraceConnLog(path.join(ZEEK_TRACES, 'http-get.pcap'), replayConfig('zeek -b'), engine);
    expect(seen).toEqual([
      // The record is refreshed only when a handled event is raised (2.4): new_connection is
      // raised before the SYN is analysed and nothing later in that packet refreshes it.
      'new CHhAvVGS1DHFjwGM9 ',
      'est Sh orig.num_pkts=1',
      'fin ShADadFf',
      'remove true ShADadFf 0.211484',
    ]);
    expect(engine.handlerCount('tcp_packet')).toBe(0);
  });
});
