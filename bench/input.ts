/**
 * Input-layer benchmark: how fast trace records come off the disk.
 *
 * Rows, all over the same large classic pcap (page cache warmed first, so the
 * figures are CPU cost, not disk speed):
 * - bare header walk: a minimal Node loop over 1 MiB `FileHandle.read` chunks
 *   that reads only each record's caplen to skip it (the yardstick);
 * - openTrace (fast path): our reader, batches per chunk, record objects reused;
 * - readTrace (ix AsyncIterable): one awaited `next()` per record, fresh records;
 * - traceRecords$ (Observable): fresh records, emitted synchronously per chunk;
 * - pcap-parser: the npm package we use as the test oracle;
 * - tcpdump -nn -r <trace> -w /dev/null: libpcap reading and rewriting the file.
 *
 * Each measurement runs in its own child process so its peak RSS is its own,
 * best of `RXBRO_BENCH_REPEAT` runs (default 3; pcap-parser and tcpdump run
 * once) because the machine is shared and single runs are noisy.
 * Bytes are the trace file's size (MB/s of trace read).
 */
import { spawn } from 'child_process';
import { existsSync, promises as fsp, readFileSync, statSync } from 'fs';
import type { BenchRow } from './BenchRow';
import { openTrace, readTrace, traceRecords$ } from '../src/input';

const CHILD_FLAG = '--bench-input-child';

type Mode = 'bare' | 'openTrace' | 'readTrace' | 'traceRecords$' | 'pcap-parser';

const MODES: [Mode, string][] = [
  ['bare', 'input: bare header walk (Node, 1 MiB reads)'],
  ['openTrace', 'input: openTrace (fast path, read only)'],
  ['readTrace', 'input: readTrace (ix AsyncIterable)'],
  ['traceRecords$', 'input: traceRecords$ (Observable)'],
  ['pcap-parser', 'input: pcap-parser (npm)'],
];

interface ChildResult {
  packets: number;
  seconds: number;
  /** CPU time (user + system, all threads) of the measured part: less sensitive to neighbours than wall time. */
  cpuSeconds: number;
  peakRss: number;
}

/**
 * Measures the input layer on `tracePath` (a classic pcap, e.g. the one
 * `../shared/tools/make-bench-trace.sh` builds).
 *
 * ## Example
 * ```ts
 * for (const row of await benchInput('/tmp/rxbro-bench/bench-512MB.pcap')) console.log(row);
 * ```
 */
export async function benchInput(tracePath: string): Promise<BenchRow[]> {
  const bytes = statSync(tracePath).size;
  await warmPageCache(tracePath);
  const rows: BenchRow[] = [];
  let bare: ChildResult | undefined;
  const repeat = Math.max(1, Number(process.env.RXBRO_BENCH_REPEAT ?? 3) || 1);
  for (const [mode, name] of MODES) {
    let r = await measure(mode, tracePath);
    for (let k = 1; k < (mode === 'pcap-parser' ? 1 : repeat); k++) {
      const again = await measure(mode, tracePath);
      if (again.seconds < r.seconds) r = again;
    }
    if (mode === 'bare') bare = r;
    const cpu = `cpu ${r.cpuSeconds.toFixed(2)} s`;
    const note =
      bare !== undefined && mode !== 'bare'
        ? `${cpu}; ${((r.packets / r.seconds / (bare.packets / bare.seconds)) * 100).toFixed(0)}% of the bare walk's packet rate`
        : `${cpu}; record headers only`;
    rows.push({ name, packets: r.packets, bytes, seconds: r.seconds, peakRss: r.peakRss, note });
  }
  const td = await tcpdump(tracePath);
  if (td !== undefined) {
    rows.push({
      name: 'input: tcpdump -nn -r trace -w /dev/null',
      packets: bare?.packets,
      bytes,
      seconds: td.seconds,
      peakRss: td.peakRss,
      note: 'libpcap read + write; process start included',
    });
  }
  return rows;
}

/** Reads the file once so every row starts from the page cache. */
async function warmPageCache(path: string): Promise<void> {
  const fh = await fsp.open(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 22);
  try {
    while ((await fh.read(buf, 0, buf.length, null)).bytesRead > 0);
  } finally {
    await fh.close();
  }
}

/** Runs one mode in a child process (compiled build), or in-process when running from TypeScript sources. */
async function measure(mode: Mode, path: string): Promise<ChildResult> {
  if (!__filename.endsWith('.js')) {
    const r = await runMode(mode, path);
    return { ...r, peakRss: process.resourceUsage().maxRSS * 1024 };
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [__filename, CHILD_FLAG, mode, path], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`bench child ${mode} exited with ${code}`));
      else resolve(JSON.parse(out) as ChildResult);
    });
  });
}

async function runMode(mode: Mode, path: string): Promise<{ packets: number; seconds: number; cpuSeconds: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let packets = 0;
  if (mode === 'bare') packets = await bareWalk(path);
  else if (mode === 'openTrace') {
    const reader = await openTrace(path);
    let caplen = 0;
    for (let b = await reader.nextChunk(); b !== null; b = await reader.nextChunk()) {
      const recs = b.records;
      // Touch a field so the record loop cannot be optimised away.
      for (let i = 0; i < b.count; i++) caplen += recs[i].caplen;
      packets += b.count;
    }
    if (caplen < 0) throw new Error('unreachable');
  } else if (mode === 'readTrace') {
    for await (const r of readTrace(path)) if (r.caplen >= 0) packets++;
  } else if (mode === 'traceRecords$') {
    packets = await new Promise<number>((resolve, reject) => {
      let n = 0;
      traceRecords$(path).subscribe({ next: (r) => void (r.caplen >= 0 && n++), error: reject, complete: () => resolve(n) });
    });
  } else {
    packets = await pcapParser(path);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return { packets, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** The yardstick: walk record headers only, as lean as Node gets. */
async function bareWalk(path: string): Promise<number> {
  const fh = await fsp.open(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  let pos = 0;
  let end = 0;
  let filePos = 0;
  let n = 0;
  try {
    for (;;) {
      while (pos + 16 <= end) {
        const next = pos + 16 + buf.readUInt32LE(pos + 8);
        if (next > end) break;
        pos = next;
        n++;
      }
      buf.copyWithin(0, pos, end);
      end -= pos;
      pos = 0;
      const { bytesRead } = await fh.read(buf, end, buf.length - end, filePos);
      if (bytesRead === 0) return n;
      if (filePos === 0) pos = 24; // skip the global header
      filePos += bytesRead;
      end += bytesRead;
    }
  } finally {
    await fh.close();
  }
}

function pcapParser(path: string): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pcapp = require('pcap-parser') as { parse(p: string): NodeJS.EventEmitter };
  return new Promise((resolve, reject) => {
    let n = 0;
    const parser = pcapp.parse(path);
    parser.on('packet', () => n++);
    parser.on('end', () => resolve(n));
    parser.on('error', reject);
  });
}

/** Wall time and peak RSS of tcpdump rewriting the trace to /dev/null, or undefined without tcpdump. */
async function tcpdump(path: string): Promise<{ seconds: number; peakRss: number } | undefined> {
  const bin = ['/usr/bin/tcpdump', '/usr/sbin/tcpdump', '/bin/tcpdump', '/sbin/tcpdump'].find((p) => existsSync(p));
  if (bin === undefined) return undefined;
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(bin, ['-nn', '-r', path, '-w', '/dev/null'], { stdio: 'ignore' });
    let peak = 0;
    // VmHWM is the process's own high-water mark, so polling only has to catch it before exit.
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
      } catch {
        // process already gone
      }
    }, 10);
    child.on('error', () => {
      clearInterval(poll);
      resolve(undefined);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      resolve(code === 0 ? { seconds, peakRss: peak } : undefined);
    });
  });
}

if (require.main === module && process.argv[2] === CHILD_FLAG) {
  runMode(process.argv[3] as Mode, process.argv[4])
    .then((r) => process.stdout.write(JSON.stringify({ ...r, peakRss: process.resourceUsage().maxRSS * 1024 })))
    .catch((e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 1;
    });
}
