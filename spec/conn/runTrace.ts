import { createDecoder } from '../../src/packet/createDecoder';
import { readTrace } from '../../src/input/readTrace';
import { NetworkTimeScheduler } from '../../src/time/NetworkTimeScheduler';
import { connLogRow, ConnLogRow } from '../../src/conn/connLog';
import { createConnectionTracker } from '../../src/conn/tracker';
import type { ConnEventSink } from '../../src/conn/events';
import type { ConnStats } from '../../src/conn/session';
import type { Weird } from '../../src/packet/Weird';
import type { Connection } from '../../src/conn/records';
import type { ReplayConfig } from './zeekRun';

/** Runs reader → decoder → tracker over a trace and returns the conn.log rows. */
export async function runTraceConnLog(
  file: string,
  cfg: ReplayConfig,
  events?: ConnEventSink & { drain?(): unknown },
  atEnd?: (stats: ConnStats) => void,
  onWeird?: (w: Weird, c?: Connection) => void,
): Promise<ConnLogRow[]> {
  const rows: ConnLogRow[] = [];
  const scheduler = new NetworkTimeScheduler();
  const sink = events ?? { has: () => false, raise: () => undefined };
  const tracker = createConnectionTracker({
    scheduler,
    events: sink,
    ignoreChecksums: cfg.ignoreChecksums,
    options: cfg.options,
    deterministicUids: true,
    onWeird,
    onRemove: (c, missed) => rows.push(connLogRow(c, missed)),
  });
  const decoder = createDecoder({ ignoreChecksums: cfg.ignoreChecksums, onWeird: tracker.weirdSink });
  for await (const rec of readTrace(file)) {
    const pkt = decoder.decode(rec);
    if (pkt !== null) tracker.process(pkt);
    // Network time advances with every packet, also those that reach no connection (engine.md 1.1).
    else scheduler.advanceTo(rec.ts);
    sink.drain?.();
  }
  atEnd?.(tracker.stats());
  tracker.finishAll();
  return rows;
}
