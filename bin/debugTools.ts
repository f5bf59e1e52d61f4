/**
 * Wires `-t` (execution tracing) and `-d` (the script debugger) onto an instrumented program for the CLI.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { Program, ScriptContext } from '../compiler';
import { createDebugger, createExecTracer, createLineInput, debuggerSpelling } from '../compiler/debug';

/** What `-t`/`-d` asked for. */
export interface DebugToolFlags {
  /** `-t <file>`; `-` is standard error. */
  traceFile?: string;
  debug: boolean;
}

/**
 * Installs the tracer (and, with `-d`, the debugger) on the program; returns a closer, or an error line if
 * the trace file cannot be opened. The debugger reads its commands from standard input synchronously.
 *
 * ## Example
 * ```ts
 * const tools = startDebugTools(program, { traceFile: 'exec.log', debug: false });
 * // stderr: "Execution tracing ON."
 * ```
 */
export function startDebugTools(program: Program, flags: DebugToolFlags): { close(): void } | { error: string } {
  let fd = -1;
  let own = false;
  if (flags.traceFile !== undefined) {
    if (flags.traceFile === '-') fd = 2;
    else {
      try {
        fd = openSync(flags.traceFile, 'w');
        own = true;
      } catch (e) {
        return { error: `can't open execution trace file ${flags.traceFile}: ${(e as Error).message}` };
      }
    }
  }
  // `trace on` in the debugger without -t traces to stderr, as Bro does.
  const tracer = createExecTracer(program, (line) => writeSync(fd >= 0 ? fd : 2, Buffer.from(line, 'latin1')));
  tracer.enabled = fd >= 0;
  const stderr = (s: string) => writeSync(2, Buffer.from(s, 'latin1'));
  let onSigint: (() => void) | undefined;
  if (!flags.debug) {
    program.setTraceHooks(tracer.hooks);
  } else {
    // Under -d, traced lines include each statement (engine.md §6.8).
    tracer.statements = true;
    const spelling = debuggerSpelling(program);
    let ctx: ScriptContext | undefined;
    const dbg = createDebugger(program, tracer, {
      readLine: createLineInput(0),
      write: stderr,
      // isatty, not process.stdin.isTTY: creating process.stdin would switch a pipe to non-blocking mode.
      echo: !isatty(0),
      exit: (code) => (ctx ? ctx.exit(code) : process.exit(code)),
    }, spelling);
    program.setTraceHooks(dbg.hooks);
    // The start-up stop and Ctrl-C are checked at the end of each event drain.
    const attach = program.attach.bind(program);
    program.attach = (c) => {
      ctx = c;
      attach(c);
      c.events.afterDrain?.(() => dbg.afterDrain());
    };
    onSigint = () => dbg.interrupt();
    process.on('SIGINT', onSigint);
    stderr(spelling === 'Bro' ? 'Policy file debugging ON.\n' : 'Zeek script debugging ON.\n');
  }
  if (fd >= 0) stderr('Execution tracing ON.\n');
  return {
    close() {
      if (onSigint) process.off('SIGINT', onSigint);
      if (own && fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
}
