/**
 * Wires `-t` (execution tracing) and `-d` (the script debugger) onto an instrumented program for the CLI.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Program } from '../compiler';
import { createExecTracer } from '../compiler/debug';

/** What `-t`/`-d` asked for. */
export interface DebugToolFlags {
  /** `-t <file>`; `-` is standard error. */
  traceFile?: string;
  debug: boolean;
}

/**
 * Installs the tracer (and debugger) hooks; returns a closer, or an error line if the trace file cannot be
 * opened.
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
        return { error: `can't open trace file ${flags.traceFile}: ${(e as Error).message}` };
      }
    }
  }
  const tracer = createExecTracer(program, (line) => {
    if (fd >= 0) writeSync(fd, Buffer.from(line, 'latin1'));
  });
  tracer.enabled = fd >= 0;
  program.setTraceHooks(tracer.hooks);
  if (fd >= 0) process.stderr.write('Execution tracing ON.\n');
  return {
    close() {
      if (own && fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
}
