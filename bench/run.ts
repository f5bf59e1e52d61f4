/**
 * `npm run bench`: builds (or reuses) the large benchmark trace outside the repository and runs
 * every layer's benchmark on it, printing one table. Timing lives here, never in tests.
 *
 * Environment: RXBRO_BENCH_TRACE=<path> to use an existing trace; RXBRO_BENCH_MB=<n> for the size
 * of the one built (default 512, as the issue figures assume).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchRow } from './BenchRow';

type BenchFn = (trace: string) => Promise<BenchRow[]>;

/** Each layer's bench module and the function it exports; a module that does not exist yet is skipped. */
const MODULES: Array<[file: string, fn: string]> = [
  ['input', 'benchInput'],
  ['decode', 'benchDecode'],
  ['timers', 'benchTimers'],
  ['naiveConn', 'benchNaiveConn'],
  ['connFloor', 'benchConnFloor'],
  ['conn', 'benchConn'],
  ['connMemory', 'benchConnMemory'],
  ['script', 'benchScript'],
  ['expiry', 'benchExpiry'],
  ['signatures', 'benchSignatures'],
];

function benchTrace(): string {
  const given = process.env.RXBRO_BENCH_TRACE;
  if (given) return given;
  const mb = process.env.RXBRO_BENCH_MB ?? '512';
  const dir = join(tmpdir(), 'rxbro-bench');
  const path = join(dir, `bench-${mb}MB.pcap`);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    const script = resolve(__dirname, '../../../shared/tools/make-bench-trace.sh');
    process.stderr.write(`building ${path} with ${script} (one time; several minutes)\n`);
    execFileSync('bash', [script, path, mb], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return path;
}

function fmtRate(n: number | undefined, seconds: number, unit: string, scale: number): string {
  return n === undefined || seconds <= 0 ? '' : `${(n / seconds / scale).toFixed(2)} ${unit}`;
}

function printRow(r: BenchRow): void {
  const cols = [
    r.name.padEnd(44),
    `${r.seconds.toFixed(2)} s`.padStart(10),
    fmtRate(r.packets, r.seconds, 'Mpkt/s', 1e6).padStart(13),
    fmtRate(r.bytes, r.seconds, 'MB/s', 1e6).padStart(13),
    (r.peakRss ? `${(r.peakRss / 2 ** 20).toFixed(0)} MiB` : '').padStart(10),
    r.note ?? '',
  ];
  process.stdout.write(cols.join('  ') + '\n');
}

async function main(): Promise<void> {
  const trace = benchTrace();
  const only = process.argv.slice(2);
  process.stdout.write(`trace: ${trace}\n`);
  process.stdout.write(
    `${'benchmark'.padEnd(44)}  ${'time'.padStart(10)}  ${'packets'.padStart(13)}  ${'bytes'.padStart(13)}  ${'peak RSS'.padStart(10)}  note\n`,
  );
  for (const [file, fn] of MODULES) {
    if (only.length && !only.includes(file)) continue;
    let mod: Record<string, BenchFn>;
    try {
      mod = require(`./${file}`);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') continue;
      throw e;
    }
    for (const row of await mod[fn](trace)) printRow(row);
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : e}\n`);
  process.exitCode = 1;
});
