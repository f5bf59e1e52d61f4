import { toArray } from 'ix/asynciterable';
import { openTrace, readTrace, TraceError } from '../../src/input';
import { LINKTYPE_RAW, pcapHeader, pcapRecord, writePcap } from '../helpers/pcapWriter';
import { collect, frame, put, tempDir } from './testFiles';

const dir = tempDir();

describe('classic pcap', () => {
  const packets = [
    { sec: 1300475167, frac: 96535, data: frame(1, 60) },
    { sec: 1300475168, frac: 999999, data: frame(2, 54), len: 1514 },
  ];

  test('little-endian microsecond file: every field of every record', async () => {
    const file = put(dir, 'le.pcap', writePcap(packets, { snaplen: 60 }));
    const { records, warnings, weirds } = await collect(file);
    expect(records.map((r) => ({ ...r, data: r.data.toString('hex') }))).toEqual([
      { ts: 1300475167.096535, caplen: 60, len: 60, linkType: 1, data: frame(1, 60).toString('hex'), offset: 24 },
      { ts: 1300475168.999999, caplen: 54, len: 1514, linkType: 1, data: frame(2, 54).toString('hex'), offset: 24 + 16 + 60 },
    ]);
    expect(warnings).toEqual([]);
    expect(weirds).toEqual([]);
  });

  test('big-endian file reads the same records', async () => {
    const le = await collect(put(dir, 'le2.pcap', writePcap(packets, { linkType: LINKTYPE_RAW })));
    const be = await collect(put(dir, 'be.pcap', writePcap(packets, { linkType: LINKTYPE_RAW, bigEndian: true })));
    expect(be.records).toEqual(le.records);
    expect(be.records[0].linkType).toBe(101);
  });

  test('the reader reports the global header', async () => {
    const r = await openTrace(put(dir, 'hdr.pcap', writePcap([], { bigEndian: true, nanosecond: true, snaplen: 96, linkType: 113 })));
    expect({ format: r.format, linkType: r.linkType, snaplen: r.snaplen, nanosecond: r.nanosecond, gzip: r.gzip, fileSize: r.fileSize }).toEqual({
      format: 'pcap',
      linkType: 113,
      snaplen: 96,
      nanosecond: true,
      gzip: false,
      fileSize: 24,
    });
    expect(await r.nextChunk()).toBeNull();
  });

  test('only the low 16 bits of the network field are the link type', async () => {
    const h = pcapHeader();
    h.writeUInt32LE(0x0400_0001, 20); // FCS-length bits above the link type
    const r = await openTrace(put(dir, 'fcs.pcap', h));
    expect(r.linkType).toBe(1);
    await r.close(); // an open handle collected later makes Node print a warning into another test's stderr
  });

  test.each([false, true])('nanosecond timestamps are truncated to µs before building the double (bigEndian %s)', async (bigEndian) => {
    const file = put(
      dir,
      `ns-${bigEndian}.pcap`,
      writePcap(
        [
          { sec: 1342606813, frac: 729856830, data: frame(3, 64) },
          { sec: 1342606813, frac: 999999999, data: frame(4, 64) },
        ],
        { nanosecond: true, bigEndian },
      ),
    );
    const { records } = await collect(file);
    expect(records.map((r) => r.ts)).toEqual([1342606813 + 729856 / 1e6, 1342606813 + 999999 / 1e6]);
    // Rounding instead of truncating would print .729857 and 1342606814.000000.
    expect(records.map((r) => r.ts.toFixed(6))).toEqual(['1342606813.729856', '1342606813.999999']);
  });

  test('caplen < len (cut by snaplen) is kept as is', async () => {
    const { records, weirds } = await collect(put(dir, 'snap.pcap', writePcap([{ sec: 5, frac: 0, data: frame(9, 68), len: 1500 }], { snaplen: 68 })));
    expect(records.map((r) => [r.caplen, r.len, r.data.length])).toEqual([[68, 1500, 68]]);
    expect(weirds).toEqual([]);
  });

  test('empty_pcap_header: caplen 0 or len 0 is a weird and the record is skipped', async () => {
    const file = put(
      dir,
      'empty-hdr.pcap',
      writePcap([
        { sec: 10, frac: 1, data: frame(1, 20) },
        { sec: 11, frac: 2, data: Buffer.alloc(0), len: 60 },
        { sec: 12, frac: 3, data: frame(3, 20), len: 0 },
        { sec: 13, frac: 4, data: frame(4, 20) },
      ]),
    );
    const { records, weirds, warnings } = await collect(file);
    expect(records.map((r) => r.ts)).toEqual([10.000001, 13.000004]);
    expect(weirds).toEqual([
      { kind: 'net', name: 'empty_pcap_header', addl: '', source: '', ts: 11.000002 },
      { kind: 'net', name: 'empty_pcap_header', addl: '', source: '', ts: 12.000003 },
    ]);
    expect(warnings).toEqual([]);
  });

  test('negative_packet_timestamp: a seconds field negative as int32 is a weird and the record is skipped', async () => {
    const file = put(
      dir,
      'neg.pcap',
      writePcap([
        { sec: 0xffffffff, frac: 0, data: frame(1, 20) },
        { sec: 20, frac: 0, data: frame(2, 20) },
      ]),
    );
    const { records, weirds } = await collect(file);
    expect(records.map((r) => r.ts)).toEqual([20]);
    expect(weirds.map((w) => [w.kind, w.name, w.ts])).toEqual([['net', 'negative_packet_timestamp', -1]]);
  });

  describe('a file truncated mid-record', () => {
    const whole = writePcap([
      { sec: 1, frac: 0, data: frame(1, 100) },
      { sec: 2, frac: 0, data: frame(2, 1514) },
      { sec: 3, frac: 0, data: frame(3, 1514) },
    ]);
    const third = 24 + 116 + 1530;

    test.each([1 << 20, 200])('inside the data: whole records, then one warning with the offset (chunk %i)', async (chunkSize) => {
      const file = put(dir, `cut-data-${chunkSize}.pcap`, whole.subarray(0, third + 100));
      const { records, warnings } = await collect(file, { chunkSize });
      expect(records.map((r) => r.ts)).toEqual([1, 2]);
      expect(warnings).toEqual([`${file}: truncated record at byte ${third} (file ends after 100 of 1530 bytes); ignored`]);
    });

    test('inside the record header', async () => {
      const file = put(dir, 'cut-hdr.pcap', whole.subarray(0, third + 10));
      const { records, warnings } = await collect(file);
      expect(records.length).toBe(2);
      expect(warnings).toEqual([`${file}: truncated record at byte ${third} (file ends after 10 of 16 bytes); ignored`]);
    });

    test('the warning goes to stderr by default', async () => {
      const file = put(dir, 'cut-stderr.pcap', whole.subarray(0, third + 10));
      const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        let n = 0;
        for await (const _ of readTrace(file)) n++;
        expect(n).toBe(2);
        // Node's own process warnings (e.g. a handle another test leaked, collected now) are not ours.
        const ours = spy.mock.calls.filter((c) => !String(c[0]).startsWith('(node:'));
        expect(ours).toEqual([[`${file}: truncated record at byte ${third} (file ends after 10 of 16 bytes); ignored\n`]]);
      } finally {
        spy.mockRestore();
      }
    });
  });

  test('records from readTrace stay intact after later chunks are read', async () => {
    const pkts = Array.from({ length: 50 }, (_, i) => ({ sec: i, frac: i, data: frame(i, 40 + i) }));
    const file = put(dir, 'hold.pcap', writePcap(pkts));
    const held = await toArray(readTrace(file, { chunkSize: 128 }));
    expect(held.map((r) => r.data.toString('hex'))).toEqual(pkts.map((p) => p.data.toString('hex')));
  });

  test('the fast path reuses record objects across chunks', async () => {
    const pkts = Array.from({ length: 8 }, (_, i) => ({ sec: i, frac: 0, data: frame(i, 100) }));
    const r = await openTrace(put(dir, 'reuse.pcap', writePcap(pkts)), { chunkSize: 256 });
    const first = await r.nextChunk();
    const obj = first!.records[0];
    expect(obj.ts).toBe(0);
    const second = await r.nextChunk();
    expect(second!.records[0]).toBe(obj);
    expect(obj.ts).toBe(2);
    await r.close();
  });

  test('a record longer than the snaplen keeps only snaplen bytes, as libpcap (and so Zeek) reads it', async () => {
    const file = put(
      dir,
      'over-snaplen.pcap',
      writePcap(
        [
          { sec: 1, frac: 0, data: frame(1, 150), len: 1500 },
          { sec: 2, frac: 0, data: frame(2, 80) },
        ],
        { snaplen: 100 },
      ),
    );
    const { records, warnings } = await collect(file);
    expect(records.map((r) => [r.caplen, r.len, r.data.toString('hex'), r.offset])).toEqual([
      [100, 1500, frame(1, 100).toString('hex'), 24],
      [80, 80, frame(2, 80).toString('hex'), 24 + 16 + 150],
    ]);
    expect(warnings).toEqual([]);
  });

  test('snaplen 0 or above 262144 means 262144', async () => {
    for (const snaplen of [0, 1 << 30]) {
      const { records } = await collect(put(dir, `snap-${snaplen}.pcap`, writePcap([{ sec: 1, frac: 0, data: frame(1, 70000) }], { snaplen })));
      expect(records.map((r) => r.caplen)).toEqual([70000]);
    }
  });

  test('a caplen beyond 262144 is corruption: whole records so far, then one warning', async () => {
    const good = writePcap([{ sec: 1, frac: 0, data: frame(1, 60) }]);
    const bad = Buffer.alloc(16);
    bad.writeUInt32LE(2, 0);
    bad.writeUInt32LE(300000, 8);
    bad.writeUInt32LE(300000, 12);
    const file = put(dir, 'huge-caplen.pcap', Buffer.concat([good, bad, Buffer.alloc(100)]));
    const { records, warnings } = await collect(file);
    expect(records.map((r) => r.ts)).toEqual([1]);
    expect(warnings).toEqual([`${file}: bad record at byte ${good.length} (caplen 300000 exceeds the maximum 262144); stopping`]);
  });

  test('a record bigger than the chunk grows the chunk', async () => {
    const file = put(dir, 'jumbo.pcap', writePcap([{ sec: 1, frac: 0, data: frame(7, 9000) }, { sec: 2, frac: 0, data: frame(8, 10) }], { snaplen: 9000 }));
    const { records } = await collect(file, { chunkSize: 1024 });
    expect(records.map((r) => [r.caplen, r.data[0], r.data[r.caplen - 1]])).toEqual([
      [9000, 7, (7 + 8999) & 0xff],
      [10, 8, 8 + 9],
    ]);
  });
});

describe('not a trace', () => {
  async function failure(file: string): Promise<unknown> {
    try {
      await toArray(readTrace(file));
    } catch (e) {
      return e;
    }
    return undefined;
  }

  test('a text file: TraceError naming the file and the magic', async () => {
    const file = put(dir, 'x.txt', 'Hello, world\n');
    const e = await failure(file);
    expect(e).toBeInstanceOf(TraceError);
    expect((e as TraceError).message).toBe(`${file}: not a pcap or pcapng file (magic 0x48656c6c)`);
  });

  test('openTrace throws the same error', async () => {
    const file = put(dir, 'y.txt', 'GIF89a');
    await expect(openTrace(file)).rejects.toThrow(new TraceError(file, 'not a pcap or pcapng file (magic 0x47494638)'));
  });

  test.each([
    ['zero.pcap', Buffer.alloc(0), 'not a pcap or pcapng file (empty)'],
    ['three.pcap', Buffer.from([0xd4, 0xc3, 0xb2]), 'not a pcap or pcapng file (only 3 bytes)'],
    ['short-hdr.pcap', pcapHeader().subarray(0, 10), 'truncated pcap file header (10 of 24 bytes)'],
    ['v1.pcap', pcapHeader({ versionMajor: 1 }), 'unsupported pcap version 1.4'],
  ])('%s', async (name, bytes, reason) => {
    const file = put(dir, name, bytes);
    const e = await failure(file);
    expect(e).toBeInstanceOf(TraceError);
    expect((e as Error).message).toBe(`${file}: ${reason}`);
  });

  test('a missing file', async () => {
    const e = await failure(`${dir}/nope.pcap`);
    expect((e as Error).message).toBe(`${dir}/nope.pcap: cannot open (no such file or directory)`);
  });

  test('a directory', async () => {
    const e = await failure(dir);
    expect(e).toBeInstanceOf(TraceError);
    expect((e as Error).message).toMatch(new RegExp(`^${dir}: cannot (open|read) \\(.*directory.*\\)$`));
  });

  test('the error message is one line', async () => {
    const e = await failure(put(dir, 'bin.dat', Buffer.from([0, 1, 2, 3, 10, 13, 10])));
    expect((e as Error).message).toBe(`${dir}/bin.dat: not a pcap or pcapng file (magic 0x00010203)`);
  });
});

describe('empty.pcap style', () => {
  test('a header and no records: 0 records, no warning', async () => {
    const { records, warnings } = await collect(put(dir, 'none.pcap', pcapHeader()));
    expect(records).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('pcapRecord helper round trip', () => {
    expect(pcapRecord({ sec: 1, frac: 2, data: Buffer.from('ab') }).toString('hex')).toBe('01000000020000000200000002000000' + '6162');
  });
});

describe('record data', () => {
  test('is a genuine Buffer view into the chunk (strictly equal to a copy)', async () => {
    const data = frame(5, 33);
    const { records } = await collect(put(dir, 'genuine.pcap', writePcap([{ sec: 1, frac: 0, data }])));
    const d = records[0].data;
    expect(Buffer.isBuffer(d)).toBe(true);
    expect(Object.getPrototypeOf(d)).toBe(Buffer.prototype);
    expect(d).toStrictEqual(Buffer.from(data));
    expect(d.subarray(1, 3)).toStrictEqual(Buffer.from(data.subarray(1, 3)));
    expect(d.byteOffset).toBe(24 + 16);
  });
});
