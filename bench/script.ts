/**
 * Script benchmarks (issues #4 and #5):
 *
 * - a script-heavy run on the large trace: handlers for `new_connection`,
 *   `connection_state_remove` and `new_packet` that update per-host tables;
 * - a pure-language micro-benchmark (loops, arithmetic, string formatting, table
 *   inserts and lookups) next to the same algorithm written directly in TypeScript;
 * - memory: a per-host table with `&read_expire` over the large trace, sampling the
 *   table size and heap every 60 s of network time, against the same script without
 *   expiry.
 */
import { compile, formatDiagnostic, type Program } from '../compiler';
import { runEngine, type EngineContext, type EngineOptions, type ScriptHost } from '../src/engine';
import type { TableValue } from '../src/runtime/table';
import type { BenchRow } from './BenchRow';

const PER_HOST = `
global pkts: table[addr] of count &default = 0;
global bytes: table[addr] of count &default = 0;
global conns: table[addr] of count &default = 0;
global states: table[string] of count &default = 0;
event new_connection(c: connection) { ++conns[c$id$orig_h]; }
event new_packet(c: connection, p: pkt_hdr) { ++pkts[c$id$orig_h]; if ( p?$ip ) bytes[c$id$orig_h] += p$ip$len; }
event connection_state_remove(c: connection) { ++states[c$history]; }
event zeek_done() { print fmt("%d hosts, %d histories", |pkts|, |states|); }
`;

const HOSTS_EXPIRE = `
global hosts: table[addr] of count &default = 0 &read_expire = 5 mins;
event new_connection(c: connection) { ++hosts[c$id$orig_h]; ++hosts[c$id$resp_h]; }
`;

const HOSTS_FOREVER = `
global hosts: table[addr] of count &default = 0;
event new_connection(c: connection) { ++hosts[c$id$orig_h]; ++hosts[c$id$resp_h]; }
`;

const N = 300000;

const LANGUAGE = `
event zeek_init()
	{
	local t: table[count] of string;
	local sum = 0;
	local i = 0;
	while ( i < ${N} )
		{
		sum += (i * 7 + 3) % 1000;
		t[i % 5000] = fmt("item-%d-%s", i, sum % 17 == 0 ? "x" : "y");
		if ( (i / 2) in t )
			sum += |t[i / 2]|;
		++i;
		}
	print sum, |t|;
	}
`;

/** The same algorithm as LANGUAGE, by hand. */
function languageInTypeScript(): [number, number] {
  const t = new Map<number, string>();
  let sum = 0;
  for (let i = 0; i < N; i++) {
    sum += (i * 7 + 3) % 1000;
    t.set(i % 5000, `item-${i}-${sum % 17 === 0 ? 'x' : 'y'}`);
    const half = Math.trunc(i / 2);
    if (t.has(half)) sum += t.get(half)!.length;
  }
  return [sum, t.size];
}

function compileInline(code: string): Program {
  const r = compile({ files: [], inline: [code], bare: true, searchPath: [] });
  if (!r.program) throw new Error(r.diagnostics.map((d) => formatDiagnostic(d, r.sources.get(d.pos.file))).join('\n'));
  return r.program;
}

function options(trace?: string): EngineOptions {
  return {
    trace,
    ignoreChecksums: true,
    bare: true,
    logDir: '/tmp',
    jsonLogs: false,
    deterministic: false,
    onWarning: () => {},
  };
}

/** Runs `program` on the trace with stdout captured; returns wall and CPU seconds and peak RSS. */
async function timed(name: string, trace: string | undefined, host: ScriptHost): Promise<{ row: BenchRow; cpu: number; out: string }> {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  (process.stdout as unknown as { write: (s: unknown) => boolean }).write = (s: unknown) => {
    out += String(s);
    return true;
  };
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let packets = 0;
  let bytes = 0;
  try {
    const r = await runEngine(options(trace), host);
    packets = r.packets;
    bytes = r.bytes;
  } finally {
    (process.stdout as unknown as { write: typeof write }).write = write;
    clearInterval(sampler);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(cpu0);
  const cpu = (c.user + c.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  return { row: { name, packets: trace ? packets : undefined, bytes: trace ? bytes : undefined, seconds, peakRss: peak }, cpu, out };
}

/** Wraps a program so the bench can sample its state on the run's own network-time scheduler. */
function sampling(program: Program, every: number, sample: (t: number) => void): ScriptHost {
  return {
    attach(ctx: EngineContext) {
      program.attach(ctx);
      let started = false;
      const tick = (_: unknown, now: number): void => {
        if (ctx.scheduler.terminating) return;
        sample(now);
        ctx.scheduler.at(now + every, tick);
      };
      // The first packet sets network time; start sampling from there.
      ctx.events.on('network_time_init', () => {
        if (!started) {
          started = true;
          ctx.scheduler.at(ctx.scheduler.networkTime + every, tick);
        }
      });
    },
    runTopLevel: () => program.runTopLevel(),
    get files() {
      return program.files;
    },
    get errorCount() {
      return program.errorCount;
    },
  };
}

async function memoryRun(name: string, code: string, trace: string): Promise<BenchRow> {
  const program = compileInline(code);
  const sizes: number[] = [];
  const heaps: number[] = [];
  const host = sampling(program, 60, () => {
    const t = program.global('hosts') as TableValue | undefined;
    sizes.push(t?.map.size ?? 0);
    heaps.push(process.memoryUsage().heapUsed);
  });
  const { row, cpu } = await timed(name, trace, host);
  const pick = (xs: number[]) => [0.25, 0.5, 0.75, 1].map((q) => xs[Math.max(0, Math.ceil(q * xs.length) - 1)] ?? 0);
  const mb = (x: number) => `${(x / 2 ** 20).toFixed(0)}`;
  row.note =
    `|hosts| at 25/50/75/100% of the run: ${pick(sizes).join('/')}; heap MiB: ${pick(heaps).map(mb).join('/')}; ` +
    `${cpu.toFixed(2)} s CPU`;
  return row;
}

/**
 * Runs the script benchmarks on the large trace.
 *
 * ## Example
 * ```ts
 * for (const row of await benchScript('/tmp/bench/big.pcap')) console.log(row);
 * ```
 */
export async function benchScript(trace: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const lang = compileInline(LANGUAGE);
  const script = await timed('language micro-benchmark (script)', undefined, lang);
  const ts0 = process.hrtime.bigint();
  const [sum, size] = languageInTypeScript();
  const tsSeconds = Number(process.hrtime.bigint() - ts0) / 1e9;
  const same = script.out.trim() === `${sum}, ${size}`;
  rows.push({ ...script.row, note: `${script.out.trim()}${same ? '' : ' (MISMATCH with TypeScript)'}` });
  rows.push({
    name: 'language micro-benchmark (TypeScript)',
    seconds: tsSeconds,
    note: `script/TypeScript = ${(script.row.seconds / tsSeconds).toFixed(1)}x`,
  });

  const heavy = await timed('script-heavy: per-host tables, 3 handlers', trace, compileInline(PER_HOST));
  heavy.row.note = `${heavy.out.trim()}; ${heavy.cpu.toFixed(2)} s CPU`;
  rows.push(heavy.row);

  rows.push(await memoryRun('hosts table &read_expire = 5 mins', HOSTS_EXPIRE, trace));
  rows.push(await memoryRun('hosts table without expiry', HOSTS_FOREVER, trace));
  return rows;
}
