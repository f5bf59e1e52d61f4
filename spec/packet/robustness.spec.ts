import { readdirSync } from 'fs';
import { TraceRecord } from '../../src/input/TraceRecord';
import { createDecoder, Packet } from '../../src/packet';
import { readTraceFile } from './pcapFile';

// Every Zeek trace, then a few hundred reproducibly mutated copies of their
// records (truncated, bit-flipped, read under another link type), go through
// the decoder: nothing may throw, every returned packet must point inside its
// buffer, and malformed input must show up as weirds.

const ZEEK = __dirname + '/../../../shared/traces/zeek/';
const TRACES = readdirSync(ZEEK).filter((f) => /\.(pcap|pcapng|cap)(\.gz)?$/.test(f));

/** mulberry32: small, seedable, reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkInvariants(p: Packet): void {
  const ok =
    p.caplen <= p.data.length &&
    p.ipOff >= 0 &&
    p.l4Off + p.l4Cap <= p.caplen &&
    p.l4Cap <= p.l4Len &&
    p.payloadCap >= 0 &&
    p.payloadCap <= p.payloadLen &&
    (p.payloadCap === 0 || p.payloadOff + p.payloadCap <= p.caplen) &&
    (p.ipVersion === 4 || p.ipVersion === 6) &&
    p.srcOff + (p.ipVersion === 4 ? 4 : 16) <= p.addrBuf.length &&
    p.dstOff + (p.ipVersion === 4 ? 4 : 16) <= p.addrBuf.length;
  if (!ok) throw new Error(`packet fields out of bounds: ${JSON.stringify({ ...p, data: undefined, addrBuf: undefined })}`);
}

function feed(records: TraceRecord[], ignoreChecksums: boolean): { decoded: number; weirds: Map<string, number> } {
  const weirds = new Map<string, number>();
  const dec = createDecoder({
    ignoreChecksums,
    onWeird: (w) => weirds.set(`${w.kind} ${w.name}`, (weirds.get(`${w.kind} ${w.name}`) ?? 0) + 1),
    onUnknownProtocol: () => undefined,
  });
  let decoded = 0;
  for (const r of records) {
    const p = dec.decode(r);
    if (p !== null) {
      checkInvariants(p);
      decoded++;
    }
  }
  return { decoded, weirds };
}

function mutate(traces: TraceRecord[][], n: number, seed: number): TraceRecord[] {
  const rnd = prng(seed);
  const linkTypes = [1, 0, 9, 101, 108, 113, 276];
  const out: TraceRecord[] = [];
  for (let i = 0; i < n; i++) {
    // A trace first, then a record: echo-connections alone holds 96% of all records.
    const recs = traces[Math.floor(rnd() * traces.length)];
    const r = recs[Math.floor(rnd() * recs.length)];
    const data = Buffer.from(r.data);
    let caplen = data.length;
    let len = r.len;
    let linkType = r.linkType;
    const kind = i % 4;
    if (kind === 0) {
      caplen = Math.floor(rnd() * data.length); // snaplen-style cut
    } else if (kind === 1) {
      caplen = Math.floor(rnd() * data.length); // cut record claiming the cut is the wire length
      len = caplen;
    } else if (kind === 2) {
      const flips = 1 + Math.floor(rnd() * 8);
      for (let k = 0; k < flips; k++) {
        // Headers live in the first ~80 bytes: aim most flips there.
        const pos = Math.floor(rnd() * Math.min(data.length, rnd() < 0.8 ? 80 : data.length));
        data[pos] ^= 1 << Math.floor(rnd() * 8);
      }
    } else {
      linkType = linkTypes[Math.floor(rnd() * linkTypes.length)];
    }
    out.push({ ts: r.ts, caplen, len, linkType, data: data.subarray(0, caplen), offset: r.offset });
  }
  return out;
}

describe('robustness', () => {
  const byTrace = new Map(TRACES.map((t) => [t, readTraceFile(ZEEK + t)]));
  const all = [...byTrace.values()].flat();
  const nonEmpty = [...byTrace.values()].filter((r) => r.length > 0);

  it('reads the 31 Zeek traces', () => {
    expect(TRACES).toHaveLength(31);
    expect(all.length).toBe(85596); // the sum of MANIFEST.tsv packet counts
  });

  it.each(TRACES)('decodes %s without exceptions, with and without -C', (t) => {
    const recs = byTrace.get(t)!;
    const strict = feed(recs, false);
    const lax = feed(recs, true);
    if (process.env.SHOW_WEIRDS) console.log(`['${t}', ${strict.decoded}, ${lax.decoded}, '${[...strict.weirds].map(([k, v]) => `${k} ${v}`).sort().join(', ')}'],`);
    expect([strict.decoded, lax.decoded, [...strict.weirds].map(([k, v]) => `${k} ${v}`).sort().join(', ')]).toEqual(EXPECTED.get(t));
  });

  it('survives 800 mutated records and reports them as weirds (seed 20261126)', () => {
    const mutated = mutate(nonEmpty, 800, 20261126);
    const a = feed(mutated, false);
    const b = feed(mutate(nonEmpty, 800, 20261126), false);
    // Reproducible: the same seed gives the same outcome.
    expect([b.decoded, [...b.weirds]]).toEqual([a.decoded, [...a.weirds]]);
    const total = [...a.weirds.values()].reduce((x, y) => x + y, 0);
    if (process.env.SHOW_WEIRDS) console.log(a.decoded, total, [...a.weirds].sort());
    expect(total).toBe(470);
    // Observed with this seed: every count is > 0 by construction of this list.
    expect([...a.weirds].sort()).toEqual([
      ['flow bad_IP_checksum', 113],
      ['flow excessively_small_fragment', 3],
      ['flow fragment_overlap', 1],
      ['flow incompletely_captured_fragment', 6],
      ['flow internally_truncated_header', 28],
      ['net IPv4_min_header_size', 4],
      ['net invalid_IP_header_size', 1],
      ['net ip_hdr_len_zero', 7],
      ['net null_analyzer_failed', 1],
      ['net truncated_IP', 83],
      ['net truncated_IP_len', 129],
      ['net truncated_VLAN_header', 1],
      ['net truncated_ethernet_frame', 66],
      ['net unknown_ip_version', 27],
    ]);
    expect(a.decoded).toBe(165);
  });
});

/** Per trace: packets decoded without and with -C, and the weirds without -C (observed; see the spec header). */
const EXPECTED = new Map<string, [number, number, string]>(
  ([
    ['dhcp.pcap', 9, 9, ''],
    ['dns-corrupt.pcap', 2, 2, ''],
    ['dns-edns-ecs.pcap', 85, 85, ''],
    ['echo-connections.pcap.gz', 82582, 82582, ''],
    ['empty.pcap', 0, 0, ''],
    ['ftp-ipv4.pcap', 95, 95, ''],
    ['ftp-ipv6.pcap', 136, 136, ''],
    ['http-get.pcap', 14, 14, ''],
    ['icmp-5-pings.pcap', 10, 10, ''],
    ['icmp-destunreach-udp.pcap', 1, 1, ''],
    ['ip-bogus-header-len.pcap', 0, 1, 'net ip_hdr_len_zero 1'],
    ['ipv4-fragmented-syn.pcap', 1, 1, 'flow excessively_small_fragment 1'],
    ['ipv6-fragmented-dns.pcap', 5, 5, ''],
    ['mixed-vlan-mpls.pcap', 25, 47, 'flow bad_IP_checksum 22'],
    ['modbus-and-non-modbus-p502.pcap', 86, 86, ''],
    ['pcapng-multi-interface.pcapng', 4, 6, 'flow bad_IP_checksum 2'],
    ['pop3-starttls.pcap', 0, 33, 'flow bad_IP_checksum 33'],
    ['pop3.pcap', 125, 125, ''],
    ['q-in-q.pcap', 4, 4, ''],
    ['smb-dssetup-big-endian.cap', 9, 9, ''],
    ['smtp-mime-header-size-limit.pcap.gz', 44, 44, ''],
    ['ssh.pcap', 1797, 1797, ''],
    ['tcp-http-on-irc-port-missing-syn.pcapng', 13, 13, ''],
    ['tcp-http-with-padding.pcap', 25, 25, ''],
    ['tcp-miss_end_data.pcap', 9, 9, ''],
    ['tcp-missing-syn.pcap', 21, 21, ''],
    ['tcp-syn-bad.pcap', 1, 1, ''],
    ['tcp-truncated-header.pcap', 24, 24, ''],
    ['var-services-std-ports.pcap', 259, 259, ''],
    ['vntag.pcap', 3, 3, ''],
    ['wikipedia.pcap', 126, 126, ''],
  ] as [string, number, number, string][]).map(([t, a, b, c]) => [t, [a, b, c]]),
);
