/**
 * A reference point for the connection bench: read + decode + a 5-tuple table
 * of every flow (the tracker's own key hashing and session table, one small
 * object per flow holding a packet counter), and nothing else — no connection
 * state, timers, expiry or log. It is the analogue of the "naive decode + Map"
 * figure the connection issue quotes, measured with rxbro's decoder, and shows
 * how much of the connection layer's budget finding each packet's flow alone
 * takes on a trace whose flows are mostly cold in the cache.
 */
import { openTrace } from '../src/input/openTrace';
import { createDecoder } from '../src/packet';
import { createProbe, keyAddresses, probeKey, SessionKey } from '../src/conn/sessionKey';
import { SessionTable } from '../src/conn/sessionTable';
import type { BenchRow } from './BenchRow';

interface Flow extends SessionKey {
  packets: number;
}

/**
 * Measures read + decode + 5-tuple lookup/insert of every packet.
 *
 * ## Example
 * ```ts
 * const [row] = await benchConnFloor('/tmp/bench/big.pcap');
 * console.log(row.note); // "201471 flows in the table at the end (never expired)"
 * ```
 */
export async function benchConnFloor(tracePath: string): Promise<BenchRow[]> {
  const decoder = createDecoder({ ignoreChecksums: true, onWeird: () => undefined });
  const reader = await openTrace(tracePath);
  const table = new SessionTable<Flow>();
  const probe = createProbe();
  let packets = 0;
  let peakRss = process.memoryUsage.rss();
  const t0 = process.hrtime.bigint();
  for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) {
    const recs = b.records;
    for (let i = 0; i < b.count; i++) {
      const p = decoder.decode(recs[i]);
      if (p === null) continue;
      const icmp = p.proto === 1 || p.proto === 58;
      probeKey(probe, p, icmp ? p.icmpType : p.srcPort, icmp ? p.icmpCode : p.dstPort, false);
      let f = table.lookup(probe, p.addrBuf);
      if (f === undefined) {
        f = { hash: probe.hash, pa: probe.pa, pb: probe.pb, proto: probe.proto, v6: probe.v6, a4: probe.a4, b4: probe.b4,
          a6b6: keyAddresses(probe, p.addrBuf), packets: 0 };
        table.insert(f);
      }
      f.packets++;
    }
    packets += b.count;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const flows = table.size;
  return [
    {
      name: 'read + decode + 5-tuple table only (-C)',
      packets,
      bytes: reader.bytesRead,
      seconds,
      peakRss,
      note: `reference floor for the conn row: ${flows} flows in the table at the end (never expired), no state, timers or log`,
    },
  ];
}
