/**
 * The execution tracer of `-t` (engine.md §6.8): one line per script body entered, built-in called and value
 * returned, `<network_time> <file>:<line><TAB per active body><text>`.
 */
import { formatValue } from '../../src/runtime/describe';
import type { Pos } from '../diagnostics';
import type { Program } from '../lower/program';
import type { TraceCall, TraceHooks } from '../lower/runtime';
import { describeCall } from './describeCall';
import { ActiveFrame, frameLocation } from './traceLocation';

/** A running tracer: its hooks (install with `program.setTraceHooks`) and the frame stack it keeps. */
export interface ExecTracer {
  hooks: TraceHooks;
  /** Script bodies running now, innermost last (shared with the debugger). */
  readonly frames: ActiveFrame[];
  /** Whether lines are written (`trace on|off` in the debugger); the frame stack is kept either way. */
  enabled: boolean;
  /** With `-d`: each statement's first source line is traced before it runs. */
  statements: boolean;
}

/**
 * Creates a tracer writing complete lines through `write`. The program must be compiled with `instrument`.
 *
 * ## Example
 * ```ts
 * const tracer = createExecTracer(program, (line) => fs.writeSync(fd, line));
 * program.setTraceHooks(tracer.hooks);
 * // 0.000000 t.bro:1	event called: bro_init()
 * ```
 */
export function createExecTracer(program: Pick<Program, 'networkTime' | 'sourceOf'>, write: (line: string) => void): ExecTracer {
  const frames: ActiveFrame[] = [];
  const tracer: ExecTracer = {
    frames,
    enabled: true,
    statements: false,
    hooks: {
      call(c: TraceCall) {
        if (c.kind === 'builtin') {
          if (tracer.enabled) log(c.depth, `\tBuiltin Function called: ${describeCall(c)}`);
          return;
        }
        frames.length = Math.min(frames.length, c.depth);
        frames.push({ call: c, stmt: undefined });
        if (tracer.enabled) log(c.depth + 1, `${c.kind} called: ${describeCall(c)}`);
      },
      ret(c: TraceCall, value: unknown, type) {
        if (c.kind === 'builtin') {
          if (tracer.enabled && type && type.kind !== 'void') log(c.depth, `\tFunction return: ${formatValue(value, type)}`);
          return;
        }
        if (tracer.enabled && c.kind === 'function' && value !== undefined && type && type.kind !== 'void') {
          log(c.depth + 1, `Function return: ${formatValue(value, type)}`);
        }
        frames.length = Math.min(frames.length, c.depth);
      },
      statement(pos: Pos, depth: number, end: number) {
        frames.length = Math.min(frames.length, depth);
        const top = frames[depth - 1];
        if (top) top.stmt = pos;
        if (tracer.enabled && tracer.statements) log(depth, statementFirstLine(program, pos, end));
      },
    },
  };
  function log(tabs: number, text: string): void {
    write(`${program.networkTime().toFixed(6)} ${frameLocation(frames)}${'\t'.repeat(tabs)}${text}\n`);
  }
  return tracer;
}

/**
 * The first line of a statement's own text (from its start to its end or the end of that line).
 *
 * ## Example
 * ```ts
 * statementFirstLine(program, pos, end); // 'print "a";' for `{ print "a"; print "b"; }`'s first statement
 * ```
 */
export function statementFirstLine(program: Pick<Program, 'sourceOf'>, pos: Pos, end: number): string {
  const src = program.sourceOf(pos.file);
  if (src === undefined) return '';
  const eol = src.indexOf('\n', pos.offset);
  return src.slice(pos.offset, eol >= 0 && eol < end ? eol : end).trimEnd();
}

/**
 * The source line a position is on (without its newline), or '' if the file's text is unknown.
 *
 * ## Example
 * ```ts
 * sourceLine(program, { file: 'dbg.bro', line: 3, col: 2, offset: 47 }); // '\tlocal x = c$orig$size;'
 * ```
 */
export function sourceLine(program: Pick<Program, 'sourceOf'>, pos: Pick<Pos, 'file' | 'line'>): string {
  const src = program.sourceOf(pos.file);
  if (src === undefined) return '';
  return src.split('\n')[pos.line - 1]?.replace(/\r$/, '') ?? '';
}
