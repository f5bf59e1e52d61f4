import { readFileSync } from 'fs';
import { join } from 'path';
import { openTrace, TraceError } from '../../src/input';
import { put, tempDir } from './testFiles';

// Seeded byte mutations of real traces: the reader must never throw past
// opening (only TraceError at open), must end, and must warn at most once.
const dir = tempDir();
const ZEEK = join(__dirname, '../../../shared/traces/zeek');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe.each(['http-get.pcap', 'pcapng-multi-interface.pcapng', 'smb-dssetup-big-endian.cap'])('mutations of %s', (name) => {
  const original = readFileSync(join(ZEEK, name));

  test('300 seeded mutants: no crash, at most one warning, records inside the file', async () => {
    const rnd = rng(name.length * 7919);
    const problems: string[] = [];
    let opened = 0;
    let refused = 0;
    for (let k = 0; k < 300; k++) {
      const b = Buffer.from(original);
      const edits = 1 + Math.floor(rnd() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rnd() * b.length);
        // Mostly header-sized regions (the first 64 bytes and record headers matter most).
        b[rnd() < 0.5 ? at % 64 : at] = Math.floor(rnd() * 256);
      }
      const cut = rnd() < 0.3 ? Math.floor(rnd() * b.length) : b.length;
      const file = put(dir, `m${k}-${name}`, b.subarray(0, cut));
      const warnings: string[] = [];
      let reader;
      try {
        reader = await openTrace(file, { chunkSize: 512, onWarning: (m) => warnings.push(m), weird: () => undefined });
      } catch (e) {
        if (!(e instanceof TraceError)) problems.push(`${k}: open threw ${String(e)}`);
        else if (e.message.includes('\n')) problems.push(`${k}: multi-line error`);
        refused++;
        continue;
      }
      opened++;
      try {
        let batches = 0;
        for (let bt = await reader.nextChunk(); bt !== null; bt = await reader.nextChunk()) {
          if (++batches > 10000) {
            problems.push(`${k}: does not end`);
            break;
          }
          for (let i = 0; i < bt.count; i++) {
            const r = bt.records[i];
            if (r.data.length !== r.caplen || r.offset + r.caplen > cut || r.caplen <= 0 || r.len <= 0 || !Number.isFinite(r.ts)) {
              problems.push(`${k}: bad record at ${r.offset}`);
            }
          }
        }
      } catch (e) {
        problems.push(`${k}: read threw ${String(e)}`);
      }
      if (warnings.length > 1) problems.push(`${k}: ${warnings.length} warnings`);
      if (warnings.some((w) => w.includes('\n'))) problems.push(`${k}: multi-line warning`);
    }
    expect(problems).toEqual([]);
    expect(opened).toBeGreaterThan(100);
    expect(opened + refused).toBe(300);
  });
});
