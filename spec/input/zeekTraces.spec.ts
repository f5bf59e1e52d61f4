import { readFileSync } from 'fs';
import { join } from 'path';
import { Readable } from 'stream';
import { gunzipSync } from 'zlib';
import { openTrace, readTrace } from '../../src/input';
import type { TraceRecord } from '../../src/input';

// The real traces Zeek's own tests use (../shared/traces/zeek, see its MANIFEST.tsv).
const ZEEK = join(__dirname, '../../../shared/traces/zeek');

/** file, packet count per MANIFEST.tsv, format column. */
const MANIFEST: [string, number, string][] = [
  ['empty.pcap', 0, 'pcap'],
  ['http-get.pcap', 14, 'pcap'],
  ['tcp-http-with-padding.pcap', 25, 'pcap'],
  ['wikipedia.pcap', 136, 'pcap'],
  ['ftp-ipv4.pcap', 95, 'pcap'],
  ['ftp-ipv6.pcap', 136, 'pcap'],
  ['ssh.pcap', 1797, 'pcap'],
  ['pop3.pcap', 125, 'pcap'],
  ['modbus-and-non-modbus-p502.pcap', 86, 'pcap'],
  ['tcp-missing-syn.pcap', 21, 'pcap'],
  ['tcp-miss_end_data.pcap', 9, 'pcap'],
  ['tcp-syn-bad.pcap', 1, 'pcap'],
  ['dns-corrupt.pcap', 2, 'pcap'],
  ['dhcp.pcap', 9, 'pcap'],
  ['q-in-q.pcap', 5, 'pcap'],
  ['mixed-vlan-mpls.pcap', 47, 'pcap'],
  ['vntag.pcap', 3, 'nsecpcap'],
  ['pcapng-multi-interface.pcapng', 6, 'pcapng'],
  ['tcp-http-on-irc-port-missing-syn.pcapng', 13, 'pcapng'],
  ['smtp-mime-header-size-limit.pcap.gz', 44, 'pcap'],
  ['echo-connections.pcap.gz', 82582, 'pcap'],
  ['var-services-std-ports.pcap', 263, 'pcap'],
  ['ip-bogus-header-len.pcap', 1, 'pcap'],
  ['tcp-truncated-header.pcap', 24, 'pcap'],
  ['icmp-5-pings.pcap', 10, 'pcap'],
  ['icmp-destunreach-udp.pcap', 1, 'pcap'],
  ['dns-edns-ecs.pcap', 89, 'pcap'],
  ['ipv6-fragmented-dns.pcap', 8, 'pcap'],
  ['ipv4-fragmented-syn.pcap', 2, 'pcap'],
  ['smb-dssetup-big-endian.cap', 9, 'pcap'],
  ['pop3-starttls.pcap', 33, 'pcap'],
];

interface Rec {
  ts: number;
  caplen: number;
  len: number;
  data: string;
}

/** Every record through the pcap-parser oracle (µs magic only, so ns files get their magic rewritten). */
function oracle(file: string): Promise<Rec[]> {
  const pcapp = require('pcap-parser');
  let bytes = readFileSync(join(ZEEK, file));
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const magic = bytes.readUInt32LE(0);
  const nano = magic === 0xa1b23c4d || magic === 0x4d3cb2a1;
  if (nano) {
    bytes = Buffer.from(bytes);
    if (magic === 0xa1b23c4d) bytes.writeUInt32LE(0xa1b2c3d4, 0);
    else bytes.writeUInt32LE(0xd4c3b2a1, 0);
  }
  return new Promise((resolve, reject) => {
    const out: Rec[] = [];
    const parser = pcapp.parse(Readable.from([bytes]));
    parser.on('packet', (p: { header: Record<string, number>; data: Buffer }) => {
      const h = p.header;
      const usec = nano ? Math.floor(h.timestampMicroseconds / 1000) : h.timestampMicroseconds;
      out.push({ ts: h.timestampSeconds + usec / 1e6, caplen: h.capturedLength, len: h.originalLength, data: p.data.toString('hex') });
    });
    parser.on('end', () => resolve(out));
    parser.on('error', reject);
  });
}

function plain(r: TraceRecord): Rec {
  return { ts: r.ts, caplen: r.caplen, len: r.len, data: r.data.toString('hex') };
}

async function ours(file: string): Promise<Rec[]> {
  const out: Rec[] = [];
  for await (const r of readTrace(join(ZEEK, file))) out.push(plain(r));
  return out;
}

describe('the Zeek traces', () => {
  test('the table covers every trace in the folder', () => {
    expect(MANIFEST.map((m) => m[0]).sort()).toEqual(
      readFileSync(join(ZEEK, 'MANIFEST.tsv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[0])
        .sort(),
    );
  });

  test.each(MANIFEST)('%s has %i records (MANIFEST.tsv)', async (file, packets) => {
    const warnings: string[] = [];
    const weirds: string[] = [];
    let n = 0;
    const reader = await openTrace(join(ZEEK, file), { onWarning: (m) => warnings.push(m), weird: (w) => weirds.push(w.name) });
    for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) n += b.count;
    expect({ n, warnings, weirds }).toEqual({ n: packets, warnings: [], weirds: [] });
  });

  const classic = MANIFEST.filter((m) => m[2] !== 'pcapng');

  test.each(classic)('%s: identical records to pcap-parser', async (file, packets) => {
    const [a, b] = await Promise.all([ours(file), oracle(file)]);
    expect(a.length).toBe(packets);
    expect(b.length).toBe(packets);
    const diffs = a.map((r, i) => ({ i, ours: r, oracle: b[i] })).filter((d) => JSON.stringify(d.ours) !== JSON.stringify(d.oracle));
    expect(diffs.slice(0, 3)).toEqual([]);
  });

  test('the fast path with a small chunk size (records spanning chunks) matches readTrace', async () => {
    const file = join(ZEEK, 'ssh.pcap');
    const expected = await ours('ssh.pcap');
    const got: Rec[] = [];
    let batches = 0;
    const reader = await openTrace(file, { chunkSize: 1000 });
    for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) {
      batches++;
      for (let i = 0; i < b.count; i++) got.push(plain(b.records[i]));
    }
    expect(got).toEqual(expected);
    // The chunk grows to fit the largest record, so many batches, each ending mid-record.
    expect(batches).toBeGreaterThan(200);
    expect(reader.bytesRead).toBe(1320211);
  });

  test('gzip is inflated as a stream: same records as the gunzipped bytes', async () => {
    const expected = await oracle('echo-connections.pcap.gz');
    const reader = await openTrace(join(ZEEK, 'echo-connections.pcap.gz'));
    expect(reader.gzip).toBe(true);
    expect(reader.fileSize).toBe(1904995);
    let i = 0;
    let bad = 0;
    for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) {
      for (let j = 0; j < b.count; j++, i++) {
        const r = b.records[j];
        const e = expected[i];
        if (r.ts !== e.ts || r.len !== e.len || r.data.toString('hex') !== e.data) bad++;
      }
    }
    expect({ i, bad }).toEqual({ i: 82582, bad: 0 });
  });

  test('record offsets point at the record headers', async () => {
    const bytes = readFileSync(join(ZEEK, 'http-get.pcap'));
    const offsets: number[] = [];
    for await (const r of readTrace(join(ZEEK, 'http-get.pcap'))) {
      offsets.push(r.offset);
      expect(bytes.subarray(r.offset + 16, r.offset + 16 + r.caplen).equals(r.data)).toBe(true);
    }
    expect(offsets[0]).toBe(24);
    expect(offsets.length).toBe(14);
  });
});
