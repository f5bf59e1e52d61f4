/**
 * Signature-engine benchmark: 1, 100 and 1000 generated payload signatures over the same
 * generated payload (a few hundred MB of TCP stream chunks), MB/s and peak RSS. Everything is
 * generated from a seeded PRNG, so runs are reproducible. The target (task h7): 1000 signatures
 * at no less than half the speed of 1 — one automaton per node means each byte is looked at once.
 *
 * Given the shared trace (`npm run bench` passes it), it also runs the whole pipeline (read →
 * decode → connections → reassembly → signatures → events) on it with 0, 1, 100 and 1000
 * signatures, once as Zeek does (only the first `dpd_buffer_size` bytes of each connection) and
 * once over whole streams, reporting MB/s of payload scanned, CPU time and peak RSS.
 *
 * Environment: RXBRO_BENCH_SIG_MB=<n> payload megabytes per row (default 256);
 * RXBRO_BENCH_PIPELINE=0 skips the pipeline rows.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './BenchRow';
import { runEngine, type EngineContext, type ScriptHost } from '../src/engine';
import {
  createSignatureEngine, finishConn, getMatcherStats, headerFactsFromText, initEndpoint, loadSignatures, matchStream,
  newConnMatch,
} from '../src/signatures';
import { rng } from './rng';

/** Options for {@link benchSignatures}; a string argument (the shared trace path) is ignored. */
export interface BenchSignaturesOptions {
  /** Payload megabytes matched per row (default 256 or RXBRO_BENCH_SIG_MB). */
  megabytes?: number;
  /** Signature counts, one row each (default [1, 100, 1000]). */
  counts?: number[];
  /** Bytes of stream per simulated connection (default 16384). */
  streamBytes?: number;
  /** PRNG seed (default 42). */
  seed?: number;
  /** Fraction of payload pieces that are signature words (default 0.0005); a last row repeats the largest set at 4×. */
  matchRate?: number;
}

// Filler text uses common syllables only; every pattern word has a rare syllable too, so
// signatures match where the generator inserts their words (as in real traffic, where most
// bytes match nothing), not by accident inside filler.
const COMMON = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'po', 'se', 'fa', 'do', 'gi', 'he', 'ja', 'bu'];
const RARE = ['qu', 'wy', 'xe', 'yo', 'ix', 'oq'];

function word(r: () => number, rare: boolean): string {
  let w = '';
  const n = 2 + Math.floor(r() * 3);
  const at = rare ? Math.floor(r() * n) : -1;
  for (let k = 0; k < n; k++) w += k === at ? RARE[Math.floor(r() * RARE.length)] : COMMON[Math.floor(r() * COMMON.length)];
  return w;
}

const hexEsc = (b: number): string => `\\x${b.toString(16).padStart(2, '0')}`;

/**
 * Generates `n` payload signatures: mostly `.*word`, plus anchored request lines, binary byte
 * strings, case-insensitive and two-word patterns. Returns the `.sig` text and the words used.
 *
 * ## Example
 * ```ts
 * const { text } = generateSignatures(100, 42);
 * ```
 */
export function generateSignatures(n: number, seed: number): { text: string; words: string[]; binaries: number[][] } {
  const r = rng(seed);
  const words: string[] = [];
  const binaries: number[][] = [];
  let text = '';
  for (let k = 0; k < n; k++) {
    const w = word(r, true);
    words.push(w);
    const kind = r();
    let pat: string;
    if (k === 0 || kind < 0.6) pat = `/.*${w}/`;
    else if (kind < 0.75) pat = `/${['GET', 'POST', 'HEAD'][Math.floor(r() * 3)]} \\/${w}/`;
    else if (kind < 0.9) {
      const b = Array.from({ length: 4 }, () => Math.floor(r() * 256));
      binaries.push(b);
      pat = `/.*${b.map(hexEsc).join('')}/`;
    } else if (kind < 0.95) pat = `/.*${w}[0-9]{2}/i`;
    else pat = `/.*${w}.*${word(r, true)}/`;
    text += `signature bench-${k} {\n  ip-proto == tcp\n  payload ${pat}\n  event "bench ${k}"\n}\n`;
  }
  return { text, words, binaries };
}

/**
 * Generates a payload pool: mostly filler words and spaces, some pattern words (a fraction
 * `rate` of the pieces, so signatures do match: about one match per 16 KB stream with 1000
 * signatures at the default), some binary runs.
 *
 * ## Example
 * ```ts
 * const pool = generatePayload(16 << 20, generateSignatures(1000, 42), 7);
 * ```
 */
export function generatePayload(
  size: number,
  sigs: { words: string[]; binaries: number[][] },
  seed: number,
  rate = 0.0005,
): Buffer {
  const r = rng(seed);
  const filler = Array.from({ length: 500 }, () => word(r, false));
  const buf = Buffer.alloc(size);
  let o = 0;
  while (o < size) {
    const x = r();
    let piece: Buffer;
    if (x < rate && sigs.words.length) piece = Buffer.from(sigs.words[Math.floor(r() * sigs.words.length)] + ' ');
    else if (x < rate * 1.25 && sigs.binaries.length) piece = Buffer.from(sigs.binaries[Math.floor(r() * sigs.binaries.length)]);
    else if (x < 0.05) piece = Buffer.from(Array.from({ length: 8 + Math.floor(r() * 24) }, () => Math.floor(r() * 256)));
    else if (x < 0.06) piece = Buffer.from('\r\n');
    else piece = Buffer.from(filler[Math.floor(r() * filler.length)] + ' ');
    o += piece.copy(buf, o);
  }
  return buf;
}

/**
 * Runs the benchmark rows.
 *
 * ## Example
 * ```ts
 * for (const row of await benchSignatures({ megabytes: 64 })) console.log(row);
 * ```
 */
export async function benchSignatures(payloads?: string | BenchSignaturesOptions): Promise<BenchRow[]> {
  const opts: BenchSignaturesOptions = typeof payloads === 'object' ? payloads : {};
  const pipelineRows =
    typeof payloads === 'string' && existsSync(payloads) && process.env.RXBRO_BENCH_PIPELINE !== '0'
      ? await benchSignaturePipeline(payloads, opts.counts ?? [1, 100, 1000], opts.seed ?? 42)
      : [];
  const mb = opts.megabytes ?? Number(process.env.RXBRO_BENCH_SIG_MB ?? 256);
  const counts = opts.counts ?? [1, 100, 1000];
  const streamBytes = opts.streamBytes ?? 16384;
  const seed = opts.seed ?? 42;
  const total = Math.floor(mb * 1e6);
  // One signature set of the largest size; smaller rows use its prefix, and the payload mentions
  // the largest set's words, so every row scans identical bytes.
  const rate = opts.matchRate ?? 0.0005;
  const all = generateSignatures(Math.max(...counts), seed);
  const pool = generatePayload(16 << 20, all, seed + 1, rate);
  const rows: BenchRow[] = [];
  let base = 0;
  const plan: [number, Buffer, string][] = counts.map((n) => [n, pool, '']);
  // Match delivery (building `data` strings, calling hooks) costs too; show it with more matches.
  plan.push([Math.max(...counts), generatePayload(16 << 20, all, seed + 1, rate * 4), ', 4x matches']);
  for (const [n, payload, label] of plan) {
    const text = all.text.split(/(?=signature )/).slice(0, n).join('');
    const t0 = process.hrtime.bigint();
    let matches = 0;
    const engine = createSignatureEngine<number>(loadSignatures([{ file: 'bench.sig', text }]), { signatureMatch: () => void matches++ }, {
      matchOnlyBeginning: false,
    });
    const compileS = Number(process.hrtime.bigint() - t0) / 1e9;
    const facts = headerFactsFromText({ src: '10.0.0.1', dst: '10.0.0.2', proto: 6, srcPort: 40000, dstPort: 80 });
    const run = (bytes: number, peak: { rss: number }): void => {
      let off = 0;
      let conn = 0;
      for (let done = 0; done < bytes; conn++) {
        const cm = newConnMatch(engine, conn, 6);
        initEndpoint(engine, cm, true, facts);
        for (let s = 0; s < streamBytes && done < bytes; s += 1460) {
          if (off + 1460 > payload.length) off = (off * 7 + 13) % 1460;
          matchStream(engine, cm, true, payload.subarray(off, off + 1460));
          off += 1460;
          done += 1460;
        }
        finishConn(engine, cm);
        if ((conn & 63) === 0) peak.rss = Math.max(peak.rss, process.memoryUsage().rss);
      }
    };
    // Warm-up: build the DFA states the steady state needs (reported separately).
    const peak = { rss: 0 };
    const w0 = process.hrtime.bigint();
    run(Math.min(total, 16e6), peak);
    const warmS = Number(process.hrtime.bigint() - w0) / 1e9;
    matches = 0;
    const t1 = process.hrtime.bigint();
    run(total, peak);
    const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
    const st = getMatcherStats(engine);
    const mbs = total / seconds / 1e6;
    if (base === 0) base = mbs;
    rows.push({
      name: `signatures: ${n} payload sig${n === 1 ? '' : 's'}${label}`,
      bytes: total,
      seconds,
      peakRss: peak.rss,
      note:
        `compile ${compileS.toFixed(2)} s, warm-up ${warmS.toFixed(2)} s; ${matches} matches; ` +
        `dfa_states=${st.dfa_states} flushes=${st.flushes} matchers=${st.matchers}; ${((mbs / base) * 100).toFixed(0)}% of ${counts[0]}-sig speed`,
    });
  }
  return [...rows, ...pipelineRows];
}

/**
 * The whole pipeline through `runEngine` on a trace: a no-signature run, then each signature
 * count with Zeek's default limit (matching stops after `dpd_buffer_size` bytes per connection)
 * and over whole streams (`dpd_match_only_beginning = F`). A tiny host counts `signature_match`
 * events, so matches are raised and dispatched as in a real run.
 *
 * ## Example
 * ```ts
 * for (const row of await benchSignaturePipeline('/tmp/bench/big.pcap', [1, 1000], 42)) console.log(row);
 * ```
 */
export async function benchSignaturePipeline(trace: string, counts: number[], seed: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rxbro-sigbench-'));
  const all = generateSignatures(Math.max(...counts), seed);
  const rows: BenchRow[] = [];
  const plan: [n: number, wholeStreams: boolean][] = [[0, false]];
  for (const n of counts) plan.push([n, false]);
  for (const n of counts) plan.push([n, true]);
  let baseSeconds = 0;
  let baseCpu = 0;
  try {
    for (const [n, whole] of plan) {
      const file = join(dir, `bench-${n}.sig`);
      if (n > 0) writeFileSync(file, all.text.split(/(?=signature )/).slice(0, n).join(''));
      let events = 0;
      const host: ScriptHost = {
        attach(ctx: EngineContext) {
          // What `redef dpd_match_only_beginning = F;` does in a script.
          if (whole) ctx.tunables.dpd_match_only_beginning = false;
          ctx.events.on('signature_match' as never, (() => void events++) as never);
        },
        runTopLevel() {},
      };
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 20);
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const r = await runEngine(
        {
          trace, ignoreChecksums: true, bare: true, logDir: dir, jsonLogs: false, deterministic: false, onWarning: () => {},
          signatureFiles: n > 0 ? [file] : [],
        },
        host,
      );
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const cpu = process.cpuUsage(cpu0);
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const cpuS = (cpu.user + cpu.system) / 1e6;
      if (n === 0) {
        baseSeconds = seconds;
        baseCpu = cpuS;
      }
      // Payload speed from the CPU time the signatures added (wall time is unreliable on a shared machine).
      const extraCpu = Math.max(cpuS - baseCpu, 1e-3);
      rows.push({
        name: n === 0 ? 'pipeline: no signatures' : `pipeline: ${n} payload sig${n === 1 ? '' : 's'}${whole ? ', whole streams' : ', first 1 KB/conn'}`,
        packets: r.packets,
        bytes: r.bytes,
        seconds,
        peakRss: peak,
        note:
          `cpu ${cpuS.toFixed(2)} s` +
          (n === 0
            ? ''
            : ` (+${(cpuS - baseCpu).toFixed(2)} s over no signatures); payload scanned ${(r.signatureBytes / 1e6).toFixed(1)} MB = ` +
              `${(r.signatureBytes / extraCpu / 1e6).toFixed(1)} MB/s of added CPU; ${r.signatureMatches} matches (${events} dispatched); ` +
              `wall +${(seconds - baseSeconds).toFixed(2)} s`),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (require.main === module) {
  benchSignatures(process.argv[2]).then((rows) => {
    for (const r of rows) process.stdout.write(`${r.name}  ${(r.bytes! / r.seconds / 1e6).toFixed(1)} MB/s  ${((r.peakRss ?? 0) / 2 ** 20).toFixed(0)} MiB  ${r.note}\n`);
  });
}
