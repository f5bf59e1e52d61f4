/**
 * The `rxbro` command line (commander). Thin on purpose: it maps flags onto
 * `EngineOptions`, compiles the scripts and hands both to `runEngine`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { compile, formatDiagnostic, parseCommandLineRedef, TopLevelError, type CommandLineRedef } from '../compiler';
import { TraceError } from '../src/input';
import { bufferLikeStdio, FatalError, runEngine, type EngineOptions } from '../src/engine';
import { createProgress } from './progress';
import { startDebugTools } from './debugTools';
import { printCapturedFile } from '../src/state';
import { canonicalEventName } from '../src/events/aliases';
import { compileFilter, FilterError, type PacketFilter } from '../src/filter';

interface RunFlags {
  read?: string;
  bare?: boolean;
  checksums: boolean;
  exec?: string[];
  json?: boolean;
  logDir: string;
  deterministic?: boolean;
  startTime?: string;
  dnsServer?: string;
  hosts?: string;
  signatures?: string[];
  traceFile?: string;
  debug?: boolean;
  printState?: string;
  replay?: string;
  filter?: string;
}

/** The installed package's version (dist/bin/main.js → package.json), as `zeek --version` prints Zeek's. */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function buildProgram(onRun: (scripts: string[], flags: RunFlags) => Promise<number>): Command {
  const program = new Command('rxbro')
    .version(`rxbro version ${packageVersion()}`, '-v, --version', 'print the version and exit')
    .description('The Bro/Zeek network security monitor as a reactive dataflow toolkit on RxJS')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command('run')
    .description('read a trace, track connections, raise Bro events and run Bro scripts against them')
    .argument('[scripts...]', 'Bro/Zeek scripts to load (.bro or .zeek; the extension may be left out), and redefs: "name=value" or "name+=value"')
    .option('-r, --read <trace>', 'read packets from a pcap, pcapng or gzipped trace ("-" for stdin)')
    .option('-f, --filter <expr>', 'capture filter in pcap-filter(7) syntax (tcpdump\'s): only matching packets are read')
    .option('-b, --bare', 'bare mode: load no default scripts, write no default logs')
    .option('-C, --no-checksums', 'ignore IP/TCP/UDP/ICMP checksums (traces captured on the sending host)')
    .option('-e, --exec <code>', 'run this script code too (repeatable)', collect)
    .option('-s, --signatures <file>', 'load this signature file (repeatable; ".sig" may be left out)', collect)
    .option('--json', 'write logs as JSON lines instead of tab-separated')
    .option('--log-dir <dir>', 'directory for the default logs', '.')
    .option('--deterministic', "hand out Zeek's test-mode uids and flush connections in key order")
    .option('--dns-server <host[:port]>', 'DNS server for lookup_addr/lookup_hostname (default: the system resolver)')
    .option('--hosts <file>', 'resolve lookup_hostname/lookup_addr from this hosts file instead of DNS')
    .option('--start-time <seconds>', 'network time at start-up when there is no trace (default: the wall clock)')
    .option('-t, --trace-file <file>', 'execution tracing: write every script call, built-in call and return to <file> ("-" for stderr)')
    .option('-d, --debug', 'run the scripts under the gdb-style script debugger (commands on standard input)')
    .option('-R, --replay <file>', 'replay the events captured in this file (capture_events) into the scripts instead of reading packets')
    .option('-x, --print-state <file>', 'print a state file (.state/state.bst), captured events or state updates and exit; the scripts type captured events')
    .action(async (scripts: string[], flags: RunFlags) => {
      exitCode = await onRun(scripts, flags);
    });
  return program;
}

let exitCode = 0;
/** The command line as typed, for prof.log's first record. */
let commandLine: string[] = ['rxbro'];

async function run(scripts: string[], flags: RunFlags): Promise<number> {
  if (flags.printState !== undefined) return printState(flags.printState, scripts);
  if (flags.replay !== undefined && flags.read !== undefined) {
    process.stderr.write('rxbro: -R replays captured events instead of reading packets; give -R or -r, not both\n');
    return 1;
  }
  // A bad -f is one line and exit 1 before any script runs or any log is opened.
  let filter: PacketFilter | undefined;
  if (flags.filter !== undefined) {
    try {
      filter = compileFilter(flags.filter);
    } catch (e) {
      if (!(e instanceof FilterError)) throw e;
      process.stderr.write(`rxbro: ${e.message}\n`);
      return 1;
    }
  }
  // stdout is block-buffered like Zeek's stdio (stderr is not), except under the interactive debugger.
  if (flags.debug !== true) bufferLikeStdio(process.stdout);
  const progress = flags.read && flags.read !== '-' ? lazyProgress(flags.read) : undefined;
  const options: EngineOptions = {
    trace: flags.read,
    replay: flags.replay,
    filter,
    ignoreChecksums: flags.checksums === false,
    bare: flags.bare === true,
    logDir: flags.logDir,
    jsonLogs: flags.json === true,
    deterministic: flags.deterministic === true,
    dnsServer: flags.dnsServer,
    hostsFile: flags.hosts,
    signatureFiles: flags.signatures,
    startTime: flags.startTime !== undefined ? Number(flags.startTime) : undefined,
    commandLine,
    onWarning: (m) => process.stderr.write(`warning: ${m}\n`),
    onProgress: progress?.update,
  };
  const { files, redefs } = splitScriptArgs(scripts);
  if (flags.debug === true && flags.read === '-') {
    process.stderr.write('rxbro: -d reads debugger commands from standard input; it cannot be combined with -r -\n');
    return 1;
  }
  // Tracing and debugging hooks are compiled in only when asked for: an ordinary run's closures have none.
  const instrument = flags.traceFile !== undefined || flags.debug === true;
  // `-e` code may end without its `;` (Zeek: core.checksums-cli runs `-e 'print ignore_checksums'`).
  const exec = (flags.exec ?? []).map((code) => (/[;}]\s*$/.test(code) ? code : `${code}\n;`));
  // -C is `ignore_checksums = T` with the final say: after every declaration and redef (command-line and
  // -e ones included), before any statement runs (Zeek: core.checksums-cli).
  const finalRedefs = options.ignoreChecksums ? ['redef ignore_checksums = T;'] : [];
  // -f is also `cmd_line_bpf_filter` for the PacketFilter framework, which logs it and installs it in place
  // of the filter it builds from capture_filters/restrict_filters (as Zeek's does).
  if (flags.filter !== undefined) {
    finalRedefs.push(`redef cmd_line_bpf_filter = "${flags.filter.replace(/[\\"]/g, (c) => `\\${c}`)}";`);
  }
  const compiled = compile({ files, commandLineRedefs: redefs, inline: exec, finalRedefs, bare: options.bare, searchPath: [], instrument });
  for (const d of compiled.diagnostics) {
    process.stderr.write(formatDiagnostic(d, compiled.sources.get(d.pos.file)) + '\n');
  }
  const program = compiled.program;
  if (!program) return 1;
  const tools = instrument ? startDebugTools(program, { traceFile: flags.traceFile, debug: flags.debug === true }) : undefined;
  if (tools && 'error' in tools) {
    process.stderr.write(`rxbro: ${tools.error}\n`);
    return 1;
  }
  try {
    const r = await runEngine(options, program);
    return r.exitCode;
  } catch (e) {
    if (e instanceof TopLevelError || e instanceof FatalError) {
      process.stderr.write(`fatal error: ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    progress?.done();
    tools?.close();
  }
}

/** `-x FILE [scripts]`: the scripts are compiled only for their declarations (event and global types). */
function printState(file: string, scripts: string[]): number {
  const compiled = compile({ files: scripts, bare: true, searchPath: [] });
  for (const d of compiled.diagnostics) process.stderr.write(formatDiagnostic(d, compiled.sources.get(d.pos.file)) + '\n');
  const program = compiled.program;
  if (!program) return 1;
  return printCapturedFile(file, {
    eventParams: (name) => {
      const t = program.globalType(name) ?? program.globalType(canonicalEventName(name));
      return t && t.kind === 'event' ? t.params : undefined;
    },
    globalType: (name) => program.globalType(name),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
}

/**
 * Bro's spelling without a sub-command (`rxbro p.bro`, `rxbro -x .state/state.bst p.bro`,
 * `rxbro -r t.pcap s.bro`) means `run`.
 *
 * ## Example
 * ```ts
 * withDefaultCommand(['node', 'rxbro', '-x', 'f.bst']); // ['node', 'rxbro', 'run', '-x', 'f.bst']
 * ```
 */
export function withDefaultCommand(argv: string[]): string[] {
  const first = argv[2];
  if (first === undefined || ['run', 'help', '-h', '--help', '-v', '--version'].includes(first)) return argv;
  return [...argv.slice(0, 2), 'run', ...argv.slice(2)];
}

/**
 * Zeek's command-line redefs: an argument `name=value`, `name+=value` or
 * `name-=value` is not a script but a redef, applied after every script file is
 * loaded (before `-e` code); the compiler reads the value by the identifier's type.
 *
 * ## Example
 * ```ts
 * splitScriptArgs(['local.zeek', 'ignore_checksums_nets += {192.168.0.0/16}']);
 * // { files: ['local.zeek'], redefs: [{ name: 'ignore_checksums_nets', op: '+', value: '{192.168.0.0/16}' }] }
 * ```
 */
export function splitScriptArgs(args: readonly string[]): { files: string[]; redefs: CommandLineRedef[] } {
  const files: string[] = [];
  const redefs: CommandLineRedef[] = [];
  for (const a of args) {
    const r = parseCommandLineRedef(a);
    if (r) redefs.push(r);
    else files.push(a);
  }
  return { files, redefs };
}

/** The progress bar needs the file size, known only once the reader has opened the file. */
function lazyProgress(path: string): { update: (read: number, size: number) => void; done: () => void } {
  let bar: ReturnType<typeof createProgress> | undefined;
  return {
    update: (read, size) => {
      bar ??= createProgress(path, size);
      bar.update(read);
    },
    done: () => bar?.done(),
  };
}

let pipeGuard = false;

/**
 * A reader that stops early (`rxbro run … | head`) closes standard output: end quietly, as a Unix
 * filter does, instead of an unhandled EPIPE stack trace.
 */
function quietOnClosedPipe(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

/** Runs the CLI; resolves the process exit status. Bad input is one line on stderr, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  exitCode = 0;
  commandLine = ['rxbro', ...argv.slice(2)];
  quietOnClosedPipe();
  try {
    await buildProgram(run).parseAsync(withDefaultCommand(argv));
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof TraceError || e instanceof FilterError) {
      process.stderr.write(`rxbro: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
