import { toArray as ixToArray } from 'ix/asynciterable';
import { filter as ixFilter, map as ixMap } from 'ix/asynciterable/operators';
import { firstValueFrom, lastValueFrom } from 'rxjs';
import { bufferCount, count, map, take, toArray } from 'rxjs/operators';
import { readTrace, traceRecords$, TraceError } from '../../src/input';
import { writePcap } from '../helpers/pcapWriter';
import { frame, put, tempDir } from './testFiles';

const dir = tempDir();
const packets = Array.from({ length: 40 }, (_, i) => ({ sec: 100 + i, frac: i, data: frame(i, 50 + i) }));
const file = put(dir, 'forty.pcap', writePcap(packets));
const expectedTs = packets.map((p) => p.sec + p.frac / 1e6);

describe('traceRecords$', () => {
  test('emits every record, then completes', async () => {
    const ts = await lastValueFrom(traceRecords$(file, { chunkSize: 300 }).pipe(map((r) => r.ts), toArray()));
    expect(ts).toEqual(expectedTs);
  });

  test('records may be buffered by default (fresh objects, buffers never overwritten)', async () => {
    const groups = await lastValueFrom(traceRecords$(file, { chunkSize: 300 }).pipe(bufferCount(10), toArray()));
    expect(groups.flat().map((r) => r.data.toString('hex'))).toEqual(packets.map((p) => p.data.toString('hex')));
  });

  test('unsubscribing early stops reading (take)', async () => {
    const warnings: string[] = [];
    const first3 = await lastValueFrom(traceRecords$(file, { chunkSize: 200, onWarning: (m) => warnings.push(m) }).pipe(take(3), map((r) => r.ts), toArray()));
    expect(first3).toEqual(expectedTs.slice(0, 3));
    expect(warnings).toEqual([]);
  });

  test('is cold: each subscription reads the file again', async () => {
    const src = traceRecords$(file);
    const [a, b] = await Promise.all([lastValueFrom(src.pipe(count())), lastValueFrom(src.pipe(count()))]);
    expect([a, b]).toEqual([40, 40]);
  });

  test('a file that is not a trace is the observable error', async () => {
    const bad = put(dir, 'bad.txt', 'not a trace');
    const e = await firstValueFrom(traceRecords$(bad)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TraceError);
    expect((e as Error).message).toBe(`${bad}: not a pcap or pcapng file (magic 0x6e6f7420)`);
  });
});

describe('readTrace', () => {
  test('is an ix AsyncIterable: operators compose', async () => {
    const big = await ixToArray(readTrace(file).pipe(ixFilter((r) => r.caplen >= 85), ixMap((r) => r.ts)));
    expect(big).toEqual(expectedTs.slice(35));
  });

  test('return() (break out of for-await) closes the trace; the iterator is then done', async () => {
    const it = readTrace(file, { chunkSize: 128 })[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value?.ts).toBe(100);
    await it.return?.();
    expect(await it.next()).toEqual({ done: true, value: undefined });
  });

  test('iterating twice reads twice', async () => {
    const t = readTrace(file);
    expect((await ixToArray(t)).length).toBe(40);
    expect((await ixToArray(t)).length).toBe(40);
  });
});
