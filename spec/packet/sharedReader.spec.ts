import { readdirSync } from 'fs';
import { openTrace } from '../../src/input/openTrace';
import { createDecoder, Packet } from '../../src/packet';
import { run, src, dst } from './harness';
import { readTraceFile } from './pcapFile';

// The decoder over the input layer's chunked reader (records reused between
// chunks) must see exactly what it sees over the spec walker.

const ZEEK = __dirname + '/../../../shared/traces/zeek/';
const TRACES = readdirSync(ZEEK).filter((f) => /\.(pcap|pcapng|cap)(\.gz)?$/.test(f) && !f.startsWith('echo'));

function summary(p: Packet | null): string {
  return p === null ? '-' : `${src(p)} ${p.srcPort} ${dst(p)} ${p.dstPort} ${p.proto} ${p.l4Len} ${p.reassembled}`;
}

describe('decoding over openTrace', () => {
  it.each(TRACES)('%s', async (t) => {
    const expected = run(readTraceFile(ZEEK + t), { ignoreChecksums: true }).pkts.map(summary);
    const dec = createDecoder({ ignoreChecksums: true, onWeird: () => undefined });
    const reader = await openTrace(ZEEK + t, { chunkSize: 4096, onWarning: () => undefined });
    const got: string[] = [];
    for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) {
      for (let i = 0; i < b.count; i++) got.push(summary(dec.decode(b.records[i])));
    }
    expect(got).toEqual(expected);
  });
});
