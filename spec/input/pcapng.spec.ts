import { join } from 'path';
import { openTrace, pcapngSeconds, tsresolUnits } from '../../src/input';
import { ngBlock, ngEnhancedPacket, ngInterface, ngSectionHeader, ngSimplePacket, u64 } from '../helpers/pcapWriter';
import { collect, frame, put, tempDir } from './testFiles';

const dir = tempDir();
const ZEEK = join(__dirname, '../../../shared/traces/zeek');

describe('pcapng', () => {
  test('multi-interface trace (ns and µs interfaces merged by mergecap): timestamps as tshark reads them, truncated to µs', async () => {
    // tshark -r pcapng-multi-interface.pcapng -T fields -e frame.time_epoch -e frame.interface_id -e frame.cap_len -e frame.len
    const tshark: [string, number, number, number][] = [
      ['1767663089.500330493', 0, 96, 96],
      ['1767663089.514291940', 0, 214, 214],
      ['1767663437.111897000', 1, 70, 70],
      ['1767663437.126460000', 1, 166, 166],
      ['1767663437.128303000', 1, 70, 70],
      ['1767663437.140942000', 1, 182, 182],
    ];
    const { records, warnings, weirds } = await collect(join(ZEEK, 'pcapng-multi-interface.pcapng'));
    expect(records.map((r) => [r.ts.toFixed(6), r.caplen, r.len, r.linkType])).toEqual(
      tshark.map(([t, , cap, len]) => [t.slice(0, 17), cap, len, 1]),
    );
    // Exactly the double Zeek builds: seconds + truncated microseconds / 1e6.
    expect(records.map((r) => r.ts)).toEqual(tshark.map(([t]) => Number(t.slice(0, 10)) + Number(t.slice(11, 17)) / 1e6));
    expect(warnings).toEqual([]);
    expect(weirds).toEqual([]);
  });

  test('single-interface trace: every timestamp and length as tshark reads them', async () => {
    // tshark -r tcp-http-on-irc-port-missing-syn.pcapng -T fields -e frame.time_epoch -e frame.cap_len -e frame.len
    const tshark: [string, number, number][] = [
      ['1362692526.939084000', 74, 74],
      ['1362692526.939378000', 66, 66],
      ['1362692526.939527000', 202, 202],
      ['1362692527.008509000', 66, 66],
      ['1362692527.009512000', 1514, 1514],
      ['1362692527.009721000', 1514, 1514],
      ['1362692527.009765000', 1514, 1514],
      ['1362692527.009775000', 729, 729],
      ['1362692527.009855000', 66, 66],
      ['1362692527.009887000', 66, 66],
      ['1362692527.011846000', 66, 66],
      ['1362692527.080828000', 66, 66],
      ['1362692527.080972000', 66, 66],
    ];
    const { records, warnings } = await collect(join(ZEEK, 'tcp-http-on-irc-port-missing-syn.pcapng'));
    expect(records.map((r) => [r.ts, r.caplen, r.len])).toEqual(
      tshark.map(([t, cap, len]) => [Number(t.slice(0, 10)) + Number(t.slice(11, 17)) / 1e6, cap, len]),
    );
    expect(warnings).toEqual([]);
  });

  test('the reader reports the first interface', async () => {
    const r = await openTrace(join(ZEEK, 'tcp-http-on-irc-port-missing-syn.pcapng'));
    expect([r.format, r.linkType, r.nanosecond]).toEqual(['pcapng', 1, false]);
    await r.close();
  });

  test('a byte-swapped section, then a little-endian section that resets the interfaces', async () => {
    const be = { bigEndian: true };
    const file = put(
      dir,
      'two-sections.pcapng',
      Buffer.concat([
        ngSectionHeader(be),
        ngInterface(1, { ...be, tsresol: 9, snaplen: 262144 }),
        ngInterface(113, be),
        ngEnhancedPacket(0, 1700000000_123456789n, frame(1, 61), { ...be, len: 1000 }),
        ngEnhancedPacket(1, 1700000001_000002n, frame(2, 40), be),
        ngSectionHeader(),
        ngInterface(101),
        ngEnhancedPacket(0, 1700000002_000003n, frame(3, 28)),
        ngEnhancedPacket(1, 1700000003_000004n, frame(4, 28)), // interface 1 belonged to the old section
      ]),
    );
    const { records, weirds, warnings } = await collect(file);
    expect(records.map((r) => [r.ts, r.caplen, r.len, r.linkType, r.data[0]])).toEqual([
      [1700000000.123456, 61, 1000, 1, 1],
      [1700000001.000002, 40, 40, 113, 2],
      [1700000002.000003, 28, 28, 101, 3],
    ]);
    expect(weirds).toEqual([{ kind: 'net', name: 'pcapng_invalid_interface_number', addl: '1', source: '', ts: 0 }]);
    expect(warnings).toEqual([]);
  });

  test.each([
    ['binary 2^-10', 0x8a, 1700000000n * 1024n + 512n, 1700000000.5],
    ['binary 2^-20 (0.95 µs truncates to 0)', 0x94, 1700000000n * 2n ** 20n + 1n, 1700000000],
    ['binary 2^-20 (3 units = 2.86 µs -> 2)', 0x94, 1700000000n * 2n ** 20n + 3n, 1700000000.000002],
    ['binary 2^-32 (BigInt path)', 0xa0, 1700000000n * 2n ** 32n + 2n ** 31n + 5000n, 1700000000 + 500001 / 1e6],
    ['decimal 10^-3', 3, 1700000000_250n, 1700000000.25],
    ['decimal 10^-9', 9, 1700000000_999999999n, 1700000000.999999],
    // 10^-12 s units only reach 213 days past the epoch within 64 bits.
    ['decimal 10^-12 (BigInt path)', 12, 10000000_000001999999n, 10000000.000001],
    ['decimal 10^0', 0, 1700000000n, 1700000000],
  ])('if_tsresol %s', async (_name, tsresol, count, expected) => {
    const file = put(dir, `tsresol-${tsresol}-${count}.pcapng`, Buffer.concat([ngSectionHeader(), ngInterface(1, { tsresol }), ngEnhancedPacket(0, count, frame(0, 20))]));
    const { records } = await collect(file);
    expect(records.map((r) => r.ts)).toEqual([expected]);
  });

  test('2^-32 resolution truncates like integer arithmetic', () => {
    // 2^31 + 5000 units of 2^-32 s = 0.5000011641... s -> 500001 µs.
    expect(pcapngSeconds(Number((1700000000n * 2n ** 32n) >> 32n), 2 ** 31 + 5000, 2 ** 32)).toBe(1700000000 + 500001 / 1e6);
  });

  test('simple packet blocks, name resolution and unknown blocks are skipped', async () => {
    const before = [ngSectionHeader(), ngInterface(1), ngSimplePacket(frame(9, 30)), ngBlock(4, Buffer.alloc(8)), ngBlock(0x0bad0bad, Buffer.alloc(20))];
    const file = put(dir, 'skip.pcapng', Buffer.concat([...before, ngEnhancedPacket(0, 5_000001n, frame(1, 30)), ngBlock(5, Buffer.alloc(12))]));
    const { records, weirds, warnings } = await collect(file);
    expect(records.map((r) => [r.ts, r.data[0], r.offset])).toEqual([[5.000001, 1, Buffer.concat(before).length]]);
    expect(weirds).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('empty_pcapng_header: caplen 0 or original length 0', async () => {
    const file = put(
      dir,
      'empty-epb.pcapng',
      Buffer.concat([
        ngSectionHeader(),
        ngInterface(1),
        ngEnhancedPacket(0, 1_000000n, Buffer.alloc(0), { len: 60 }),
        ngEnhancedPacket(0, 2_000000n, frame(1, 20), { len: 0 }),
        ngEnhancedPacket(0, 3_000000n, frame(2, 20)),
      ]),
    );
    const { records, weirds } = await collect(file);
    expect(records.map((r) => r.ts)).toEqual([3]);
    expect(weirds.map((w) => [w.name, w.ts])).toEqual([
      ['empty_pcapng_header', 1],
      ['empty_pcapng_header', 2],
    ]);
  });

  test('epb_dropcount is summed; an option shorter than its type is pcapng_invalid_option_length, the packet is kept', async () => {
    for (const bigEndian of [false, true]) {
      const o = { bigEndian };
      const file = put(
        dir,
        `opts-${bigEndian}.pcapng`,
        Buffer.concat([
          ngSectionHeader(o),
          ngInterface(1, o),
          ngEnhancedPacket(0, 1_000000n, frame(1, 21), { ...o, options: [{ code: 4, value: u64(7n, o) }] }),
          ngEnhancedPacket(0, 2_000000n, frame(2, 22), { ...o, options: [{ code: 4, value: u64(2n ** 40n, o) }, { code: 1, value: Buffer.from('hi') }] }),
          ngEnhancedPacket(0, 3_000000n, frame(3, 23), { ...o, options: [{ code: 4, value: Buffer.alloc(4) }] }),
        ]),
      );
      const weirds: string[] = [];
      const r = await openTrace(file, { weird: (w) => weirds.push(`${w.name}:${w.addl}`) });
      const b = await r.nextChunk();
      expect(b!.count).toBe(3);
      expect([b!.records[0].caplen, b!.records[1].caplen, b!.records[2].caplen]).toEqual([21, 22, 23]);
      expect(r.dropCount).toBe(7 + 2 ** 40);
      expect(weirds).toEqual(['pcapng_invalid_option_length:4']);
      expect(await r.nextChunk()).toBeNull();
    }
  });

  test('a file truncated inside a block: whole packets, then one warning', async () => {
    const head = Buffer.concat([ngSectionHeader(), ngInterface(1), ngEnhancedPacket(0, 1_000000n, frame(1, 60))]);
    const last = ngEnhancedPacket(0, 2_000000n, frame(2, 60));
    const file = put(dir, 'cut.pcapng', Buffer.concat([head, last.subarray(0, 50)]));
    const { records, warnings } = await collect(file);
    expect(records.map((r) => r.ts)).toEqual([1]);
    expect(warnings).toEqual([`${file}: truncated block at byte ${head.length} (file ends after 50 of ${last.length} bytes); ignored`]);
  });

  test('a corrupt block length stops reading with one warning', async () => {
    const head = Buffer.concat([ngSectionHeader(), ngInterface(1), ngEnhancedPacket(0, 1_000000n, frame(1, 60))]);
    const bad = Buffer.alloc(16);
    bad.writeUInt32LE(6, 0);
    bad.writeUInt32LE(13, 4);
    const file = put(dir, 'corrupt.pcapng', Buffer.concat([head, bad, ngEnhancedPacket(0, 2_000000n, frame(2, 60))]));
    const { records, warnings } = await collect(file);
    expect(records.length).toBe(1);
    expect(warnings).toEqual([`${file}: bad pcapng block length 13 at byte ${head.length}; stopping`]);
  });

  test('a section header with a bad byte-order magic is not a pcapng file', async () => {
    const shb = ngSectionHeader();
    shb.writeUInt32LE(0x12345678, 8);
    const file = put(dir, 'bad-bom.pcapng', shb);
    await expect(openTrace(file)).rejects.toThrow(`${file}: not a pcapng file (byte-order magic 0x78563412)`);
  });

  test('tsresolUnits follows the specification for both forms', () => {
    expect([tsresolUnits(6), tsresolUnits(9), tsresolUnits(0x80), tsresolUnits(0x8a)]).toEqual([1e6, 1e9, 1, 1024]);
  });

  test('pcapngSeconds is exact against BigInt integer arithmetic', () => {
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const unitsList = [1, 10, 1000, 1e6, 1e7, 1e9, 1024, 2 ** 20, 2 ** 30, 2 ** 31 - 1];
    const bad: string[] = [];
    for (const units of unitsList) {
      for (let k = 0; k < 2000; k++) {
        // timestamps between 1970 and ~2100 in these units, plus raw random 64-bit values
        const secs = BigInt(Math.floor(rnd() * 4.1e9));
        const count = k % 2 === 0 ? secs * BigInt(units) + BigInt(Math.floor(rnd() * units)) : (BigInt(Math.floor(rnd() * 2 ** 32)) << 32n) | BigInt(Math.floor(rnd() * 2 ** 32));
        const high = Number(count >> 32n);
        const low = Number(count & 0xffffffffn);
        const u = BigInt(units);
        const want = Number(count / u) + Number(((count % u) * 1000000n) / u) / 1e6;
        const got = pcapngSeconds(high, low, units);
        if (got !== want) bad.push(`${units}:${count}: ${got} != ${want}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
