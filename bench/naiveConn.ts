/**
 * A calibration row for the connection bench: the "straightforward decode
 * into objects plus a 5-tuple `Map`" that the connection issue quotes for
 * scale (about 1.0 M packets/s on the machine where the figures were
 * taken). Measured here, in the same run as the other rows, it tells how this
 * machine compares with that one, so the conn row can be read against the
 * issue's figures and not only against our own read + decode.
 *
 * It is deliberately the obvious code: every packet becomes fresh header
 * objects with dotted-quad address strings, and the flow key is a string.
 * Records come from our own reader (the fast path), so the row measures the
 * naive decode and table only — a naive reader would make it slower still.
 * IPv4 and IPv6 over Ethernet, TCP/UDP/ICMP; anything else is counted and
 * skipped.
 */
import { openTrace } from '../src/input/openTrace';
import type { BenchRow } from './BenchRow';

interface NaiveIp {
  version: number;
  src: string;
  dst: string;
  proto: number;
  ttl: number;
  totalLen: number;
  headerLen: number;
}

interface NaiveTransport {
  srcPort: number;
  dstPort: number;
  flags: number;
}

interface NaiveFlow {
  packets: number;
  bytes: number;
  first: number;
  last: number;
}

function v4Text(b: Buffer, off: number): string {
  return `${b[off]}.${b[off + 1]}.${b[off + 2]}.${b[off + 3]}`;
}

function v6Text(b: Buffer, off: number): string {
  const parts: string[] = [];
  for (let i = 0; i < 16; i += 2) parts.push(b.readUInt16BE(off + i).toString(16));
  return parts.join(':');
}

function decodeIp(b: Buffer, off: number): NaiveIp | null {
  const version = b[off] >> 4;
  if (version === 4 && b.length >= off + 20) {
    const headerLen = (b[off] & 0x0f) * 4;
    return { version, src: v4Text(b, off + 12), dst: v4Text(b, off + 16), proto: b[off + 9], ttl: b[off + 8],
      totalLen: b.readUInt16BE(off + 2), headerLen };
  }
  if (version === 6 && b.length >= off + 40) {
    return { version, src: v6Text(b, off + 8), dst: v6Text(b, off + 24), proto: b[off + 6], ttl: b[off + 7],
      totalLen: 40 + b.readUInt16BE(off + 4), headerLen: 40 };
  }
  return null;
}

function decodeTransport(b: Buffer, off: number, proto: number): NaiveTransport | null {
  if ((proto === 6 || proto === 17) && b.length >= off + 4) {
    return { srcPort: b.readUInt16BE(off), dstPort: b.readUInt16BE(off + 2), flags: proto === 6 ? b[off + 13] ?? 0 : 0 };
  }
  if ((proto === 1 || proto === 58) && b.length >= off + 2) return { srcPort: b[off], dstPort: b[off + 1], flags: 0 };
  return null;
}

/**
 * Measures read + naive decode + string-keyed `Map` of flows.
 *
 * ## Example
 * ```ts
 * const [row] = await benchNaiveConn('/tmp/bench/big.pcap');
 * console.log(row.note);
 * ```
 */
export async function benchNaiveConn(tracePath: string): Promise<BenchRow[]> {
  const reader = await openTrace(tracePath);
  const flows = new Map<string, NaiveFlow>();
  let packets = 0;
  let skipped = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) {
    const recs = b.records;
    for (let i = 0; i < b.count; i++) {
      const r = recs[i];
      const data = r.data;
      const etherType = data.length >= 14 ? data.readUInt16BE(12) : 0;
      const ip = etherType === 0x0800 || etherType === 0x86dd ? decodeIp(data, 14) : null;
      const tp = ip ? decodeTransport(data, 14 + ip.headerLen, ip.proto) : null;
      if (ip === null || tp === null) {
        skipped++;
        continue;
      }
      const a = `${ip.src}:${tp.srcPort}`;
      const z = `${ip.dst}:${tp.dstPort}`;
      const key = a < z ? `${ip.proto}|${a}|${z}` : `${ip.proto}|${z}|${a}`;
      let f = flows.get(key);
      if (f === undefined) {
        f = { packets: 0, bytes: 0, first: r.ts, last: r.ts };
        flows.set(key, f);
      }
      f.packets++;
      f.bytes += ip.totalLen;
      f.last = r.ts;
    }
    packets += b.count;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  return [
    {
      name: 'calibration: naive decode + 5-tuple Map',
      packets,
      bytes: reader.bytesRead,
      seconds,
      peakRss: process.memoryUsage.rss(),
      note: `the issue's "naive decode + Map" (1.0 M pkt/s where its figures were taken); ${flows.size} flows, ` +
        `${skipped} packets skipped; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`,
    },
  ];
}
