import { Readable } from 'stream';
import { gzipSync } from 'zlib';
import { openTrace, TraceError } from '../../src/input';
import { ngEnhancedPacket, ngInterface, ngSectionHeader, writePcap } from '../helpers/pcapWriter';
import { collect, frame, put, tempDir } from './testFiles';

const dir = tempDir();
const packets = Array.from({ length: 300 }, (_, i) => ({ sec: 1000 + i, frac: i * 7, data: frame(i, 60 + (i % 40) * 30) }));
const pcap = writePcap(packets);

describe('gzip', () => {
  test('a .pcap.gz reads as the same records as the plain file', async () => {
    const plain = await collect(put(dir, 'a.pcap', pcap));
    const gz = await collect(put(dir, 'a.pcap.gz', gzipSync(pcap)));
    expect(gz.records.length).toBe(300);
    expect(gz.records.map((r) => [r.ts, r.len, r.offset, r.data.toString('hex')])).toEqual(
      plain.records.map((r) => [r.ts, r.len, r.offset, r.data.toString('hex')]),
    );
    expect(gz.warnings).toEqual([]);
  });

  test('detected by the magic bytes, whatever the name; pcapng inside works too', async () => {
    const ng = Buffer.concat([ngSectionHeader(), ngInterface(1), ngEnhancedPacket(0, 7_000001n, frame(1, 50))]);
    const r = await openTrace(put(dir, 'no-extension', gzipSync(ng)));
    expect([r.gzip, r.format, r.linkType]).toEqual([true, 'pcapng', 1]);
    const b = await r.nextChunk();
    expect([b!.count, b!.records[0].ts]).toEqual([1, 7.000001]);
    await r.close();
  });

  test('multi-member gzip (concatenated .gz files) reads every member', async () => {
    const half = 24 + packets.slice(0, 150).reduce((n, p) => n + 16 + p.data.length, 0);
    const file = put(dir, 'multi.pcap.gz', Buffer.concat([gzipSync(pcap.subarray(0, half)), gzipSync(pcap.subarray(half))]));
    const { records, warnings } = await collect(file);
    expect(records.length).toBe(300);
    expect(warnings).toEqual([]);
  });

  test('a gzip file cut short: whole records, then one warning', async () => {
    const gz = gzipSync(pcap);
    const file = put(dir, 'cut.pcap.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    const { records, warnings } = await collect(file);
    expect(records.length).toBeGreaterThan(10);
    expect(records.length).toBeLessThan(300);
    expect(records.map((r) => r.ts)).toEqual(packets.slice(0, records.length).map((p) => p.sec + p.frac / 1e6));
    expect(warnings.length).toBe(1);
    expect(warnings[0]).toMatch(new RegExp(`^${file}: truncated record at byte \\d+ \\(file ends after \\d+ of \\d+ bytes; gzip: unexpected end of file\\); ignored$`));
  });

  test('gzip of something that is not a trace', async () => {
    const file = put(dir, 'text.gz', gzipSync(Buffer.from('just text\n')));
    await expect(openTrace(file)).rejects.toThrow(new TraceError(file, 'not a pcap or pcapng file (magic 0x6a757374)'));
  });

  test('corrupt gzip data before any trace byte', async () => {
    const file = put(dir, 'bad.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    const e = await openTrace(file).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TraceError);
    expect((e as Error).message).toMatch(new RegExp(`^${file}: gzip: .+$`));
  });
});

describe('stdin (-r -)', () => {
  const realStdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  function withStdin<T>(bytes: Buffer, pieces: number, f: () => Promise<T>): Promise<T> {
    const step = Math.ceil(bytes.length / pieces);
    const parts: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += step) parts.push(bytes.subarray(i, i + step));
    Object.defineProperty(process, 'stdin', { value: Readable.from(parts), configurable: true });
    return f().finally(() => Object.defineProperty(process, 'stdin', realStdin));
  }

  test.each([1, 7, 500])('a pcap on stdin in %i pieces', async (pieces) => {
    const { records, warnings } = await withStdin(pcap, pieces, () => collect('-'));
    expect(records.map((r) => r.ts)).toEqual(packets.map((p) => p.sec + p.frac / 1e6));
    expect(warnings).toEqual([]);
  });

  test('gzip on stdin', async () => {
    const { records } = await withStdin(gzipSync(pcap), 3, () => collect('-'));
    expect(records.length).toBe(300);
  });

  test('stdin is called stdin in messages', async () => {
    const e = await withStdin(Buffer.from('nope nope'), 1, () => openTrace('-').catch((x: Error) => x));
    expect(e).toBeInstanceOf(TraceError);
    expect([(e as TraceError).path, (e as Error).message]).toEqual(['stdin', 'stdin: not a pcap or pcapng file (magic 0x6e6f7065)']);
  });
});

describe('closing early', () => {
  const openFds = () => require('fs').readdirSync('/proc/self/fd').length as number;
  const settle = () => new Promise((r) => setTimeout(r, 50));

  test.each(['plain', 'gzip'])('%s: close() after one chunk releases the file', async (kind) => {
    const big = writePcap(Array.from({ length: 4000 }, (_, i) => ({ sec: i, frac: 0, data: frame(i, 500) })));
    const file = kind === 'gzip' ? put(dir, 'early.pcap.gz', gzipSync(big)) : put(dir, 'early.pcap', big);
    await settle();
    const before = openFds();
    const r = await openTrace(file, { chunkSize: 4096 });
    const b = await r.nextChunk();
    expect(b!.count).toBeGreaterThan(0);
    await r.close();
    await settle();
    expect(openFds()).toBe(before);
    expect(await r.nextChunk()).toBeNull();
  });
});
