import { AsciiBuffer } from './AsciiBuffer';
import { ConnLogRow, createConnLogWriter, formatConnLogTsv, MAC_LOGGING_FIELDS } from './connLog';
import { createConnLogByteWriter, writeConnLogTsv } from './connLogBytes';
import { rng as seeded } from '../../bench/rng';

const BASE: ConnLogRow = {
  ts: 1362692526.869344,
  uid: 'CHhAvVGS1DHFjwGM9',
  'id.orig_h': '141.142.228.5',
  'id.orig_p': 59856,
  'id.resp_h': '192.150.187.43',
  'id.resp_p': 80,
  proto: 'tcp',
  service: ['http'],
  duration: 0.211484,
  orig_bytes: 136,
  resp_bytes: 5007,
  conn_state: 'SF',
  local_orig: false,
  local_resp: false,
  missed_bytes: 0,
  history: 'ShADadFf',
  orig_pkts: 7,
  orig_ip_bytes: 512,
  resp_pkts: 7,
  resp_ip_bytes: 5379,
  tunnel_parents: [],
  ip_proto: 6,
};

/** Random rows: edge times, escapes, empty and unset fields, IPv6, counts up to 2^53. */
function randomRow(next: () => number): ConnLogRow {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)];
  const count = (): number =>
    pick([0, 1, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 - 1, Math.floor(next() * 2 ** Math.floor(next() * 54))]);
  const time = (): number =>
    pick([
      0, -0, 0.0000005, -0.0000005, 0.0000015, 0.9999995, 1e-7, 86400 * 3650.5, 1e21, 2 ** 53,
      1e9 + Math.floor(next() * 9e8) + Math.floor(next() * 1e6) / 1e6,
      next() * 10 ** Math.floor(next() * 14 - 7),
      (Math.floor(next() * 2e9) + 0.5) / 1e6,
    ]);
  const text = (): string =>
    pick(['', 'C1', 'ShADadFf', 'a\\b', 'tab\there', 'nl\n', 'caf\u00e9', '\u20ac', '\u007f', '\u0001', 'x'.repeat(300), 'q\ud800']);
  const addr = (): string => pick(['10.0.0.1', '255.255.255.255', '2001:db8::1', 'fe80::1:2:3:4', '::', '::ffff:1.2.3.4']);
  const maybe = <T>(v: () => T): T | undefined => (next() < 0.3 ? undefined : v());
  const set = (): string[] => pick([[], ['http'], ['dns', 'ssl'], [''], ['caf\u00e9']]);
  return {
    ts: time(),
    uid: text(),
    'id.orig_h': addr(),
    'id.orig_p': Math.floor(next() * 65536),
    'id.resp_h': addr(),
    'id.resp_p': pick([0, 80, 65535]),
    proto: pick(['tcp', 'udp', 'icmp', 'unknown_transport']),
    service: set(),
    duration: maybe(time),
    orig_bytes: maybe(count),
    resp_bytes: maybe(count),
    conn_state: pick(['SF', 'S0', 'REJ', 'OTH', '', 'x\\y']),
    local_orig: maybe(() => next() < 0.5),
    local_resp: maybe(() => next() < 0.5),
    missed_bytes: count(),
    history: maybe(text),
    orig_pkts: count(),
    orig_ip_bytes: count(),
    resp_pkts: count(),
    resp_ip_bytes: count(),
    tunnel_parents: set(),
    ip_proto: pick([1, 6, 17, 58, 132, 255]),
  };
}

function lineBytes(row: ConnLogRow, b = new AsciiBuffer(64)): Buffer {
  b.clear();
  writeConnLogTsv(b, row);
  return b.view();
}

/** The bytes the string writer's output becomes in a file (writeSync encodes strings as UTF-8). */
type Extra = readonly (readonly [keyof ConnLogRow, string])[];

function stringWriterBytes(rows: ConnLogRow[], opts: { format?: 'tsv' | 'json'; now?: () => Date; extraFields?: Extra }, close = true): Buffer {
  const out: string[] = [];
  const w = createConnLogWriter((s) => out.push(s), opts);
  for (const r of rows) w.write(r);
  if (close) w.close();
  return Buffer.from(out.join(''), 'utf8');
}

function byteWriterBytes(
  rows: ConnLogRow[],
  opts: { format?: 'tsv' | 'json'; now?: () => Date; chunkBytes?: number; extraFields?: Extra },
  close = true,
): { bytes: Buffer; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  // The sink gets a view of the writer's buffer: copy it.
  const w = createConnLogByteWriter((b) => chunks.push(Buffer.from(b)), opts);
  for (const r of rows) w.write(r);
  if (close) w.close();
  return { bytes: Buffer.concat(chunks), chunks };
}

const now = () => new Date(2026, 0, 2, 3, 4, 5);

describe('conn.log as bytes', () => {
  it('writes the get.pcap row exactly as formatConnLogTsv', () => {
    expect(lineBytes(BASE).toString()).toBe(formatConnLogTsv(BASE));
    expect(lineBytes(BASE).toString()).toBe(
      '1362692526.869344\tCHhAvVGS1DHFjwGM9\t141.142.228.5\t59856\t192.150.187.43\t80\ttcp\thttp\t0.211484\t136\t5007\tSF\tF\tF\t0\tShADadFf\t7\t512\t7\t5379\t-\t6',
    );
  });

  it('table: unset, empty and escaped fields, IPv6, large counts', () => {
    const rows: ConnLogRow[] = [
      { ...BASE, duration: undefined, orig_bytes: undefined, resp_bytes: undefined, local_orig: undefined, local_resp: undefined, history: undefined, service: [] },
      { ...BASE, uid: '', conn_state: '', history: '', service: [''] },
      { ...BASE, history: 'Sh\\a\tb\u00e9', service: ['ssl', 'http'], tunnel_parents: ['Cx', 'Cy'], local_orig: true },
      { ...BASE, 'id.orig_h': '2001:db8::1', 'id.resp_h': 'fe80::dead:beef', proto: 'udp', ip_proto: 17 },
      { ...BASE, orig_bytes: 2 ** 53, resp_bytes: 2 ** 53 - 1, missed_bytes: 2 ** 32, orig_pkts: -0, resp_ip_bytes: 1.5 },
      { ...BASE, ts: -0, duration: 0.0000005 },
      { ...BASE, ts: 0.0000015, duration: 86400 * 365 * 1000 + 0.9999995 },
      { ...BASE, ts: NaN, duration: Infinity, history: '\u20ac\ud83d\ude00' },
    ];
    for (const r of rows) expect(lineBytes(r)).toEqual(Buffer.from(formatConnLogTsv(r), 'utf8'));
  });

  it('random rows: each line is byte for byte the UTF-8 of formatConnLogTsv', () => {
    const next = seeded(20261126);
    const b = new AsciiBuffer(64);
    for (let i = 0; i < 30000; i++) {
      const r = randomRow(next);
      const want = Buffer.from(formatConnLogTsv(r), 'utf8');
      const got = lineBytes(r, b);
      if (!got.equals(want)) throw new Error(`row ${i} differs:\n${JSON.stringify(r)}\n${got.toString()}\n${want.toString()}`);
    }
  });

  it('writer: the same file as createConnLogWriter, TSV and JSON, in whole-row chunks', () => {
    const next = seeded(99);
    const rows = Array.from({ length: 3000 }, () => randomRow(next));
    for (const format of ['tsv', 'json'] as const) {
      const want = stringWriterBytes(rows, { format, now });
      const { bytes, chunks } = byteWriterBytes(rows, { format, now, chunkBytes: 4096 });
      expect(bytes.equals(want)).toBe(true);
      expect(chunks.length).toBeGreaterThan(10);
      // Every chunk but the last is at least chunkBytes long and ends at a line end.
      for (const c of chunks.slice(0, -1)) {
        expect(c.length).toBeGreaterThanOrEqual(4096);
        expect(c[c.length - 1]).toBe(0x0a);
      }
    }
    // Default chunk size: 64 KiB.
    const { chunks } = byteWriterBytes(rows, { now });
    expect(chunks[0].length).toBeGreaterThanOrEqual(65536);
  });

  it('mac-logging columns: appended to header and rows, unset as -, the same bytes as the string writer', () => {
    const rows: ConnLogRow[] = [
      { ...BASE, orig_l2_addr: '00:d0:03:3b:f4:00', resp_l2_addr: '00:b0:c2:86:ec:00' },
      { ...BASE, orig_l2_addr: '00:d0:03:3b:f4:00' },
    ];
    for (const format of ['tsv', 'json'] as const) {
      const want = stringWriterBytes(rows, { format, now, extraFields: MAC_LOGGING_FIELDS });
      expect(byteWriterBytes(rows, { format, now, extraFields: MAC_LOGGING_FIELDS }).bytes.equals(want)).toBe(true);
    }
    const text = byteWriterBytes(rows, { now, extraFields: MAC_LOGGING_FIELDS }).bytes.toString('latin1').split('\n');
    expect(text.find((l) => l.startsWith('#fields'))!.endsWith('\tip_proto\torig_l2_addr\tresp_l2_addr')).toBe(true);
    expect(text.find((l) => l.startsWith('#types'))!.endsWith('\tcount\tstring\tstring')).toBe(true);
    const data = text.filter((l) => l !== '' && !l.startsWith('#'));
    expect(data.map((l) => l.split('\t').slice(-2).join(' '))).toEqual(['00:d0:03:3b:f4:00 00:b0:c2:86:ec:00', '00:d0:03:3b:f4:00 -']);
    // Without the option the rows' MAC fields are not written.
    expect(byteWriterBytes(rows, { now }).bytes.equals(byteWriterBytes([BASE, BASE], { now }).bytes)).toBe(true);
  });

  it('header once, #close at the end; nothing at all (no sink call) without rows', () => {
    const { bytes } = byteWriterBytes([BASE], { now });
    const text = bytes.toString();
    expect(text.startsWith('#separator \\x09\n')).toBe(true);
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBe(9);
    expect(text.endsWith('#close\t2026-01-02-03-04-05\n')).toBe(true);
    expect(byteWriterBytes([], { now }).chunks).toEqual([]);
    expect(byteWriterBytes([], { now, format: 'json' }).chunks).toEqual([]);
    const json = byteWriterBytes([BASE], { now, format: 'json' }).bytes.toString();
    expect(JSON.parse(json).uid).toBe('CHhAvVGS1DHFjwGM9');
  });

  it('close is idempotent: a second close writes nothing', () => {
    const chunks: Buffer[] = [];
    const w = createConnLogByteWriter((b) => chunks.push(Buffer.from(b)), { now });
    w.write(BASE);
    w.close();
    w.close();
    expect(chunks.length).toBe(1);
    expect(chunks[0].equals(stringWriterBytes([BASE], { now }))).toBe(true);
  });

  it('a row longer than the buffer grows it', () => {
    const r = { ...BASE, history: 'h'.repeat(200000), uid: '\\'.repeat(50000), service: ['s'.repeat(100000)] };
    const { bytes } = byteWriterBytes([r, BASE], { now, chunkBytes: 1024 });
    expect(bytes.equals(stringWriterBytes([r, BASE], { now }))).toBe(true);
  });
});
