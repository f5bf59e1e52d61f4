import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readTrace } from '../../src/input';
import type { TraceOptions, TraceRecord } from '../../src/input';
import type { Weird } from '../../src/packet/Weird';

/** A fresh temp folder per spec file. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rxbro-input-'));
}

/** Writes `bytes` as `dir/name` and returns the path. */
export function put(dir: string, name: string, bytes: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

export interface Collected {
  records: TraceRecord[];
  warnings: string[];
  weirds: Weird[];
}

/** Every record of a trace through readTrace, with its warnings and weirds. */
export async function collect(path: string, options: TraceOptions = {}): Promise<Collected> {
  const out: Collected = { records: [], warnings: [], weirds: [] };
  const it = readTrace(path, { ...options, onWarning: (m) => out.warnings.push(m), weird: (w) => out.weirds.push(w) });
  for await (const r of it) out.records.push(r);
  return out;
}

/** A recognisable frame of `n` bytes whose first byte is `tag`. */
export function frame(tag: number, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (tag + i) & 0xff;
  return b;
}
