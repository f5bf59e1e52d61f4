/**
 * The gdb-style script debugger of `-d` (engine.md §6.9). It runs inside the instrumented program's hooks:
 * before each statement it decides whether to stop (first statement, step/next/finish, breakpoint, Ctrl-C);
 * stopped, it prints the context and reads commands synchronously until one resumes the run.
 */
import * as path from 'node:path';
import { formatValue } from '../../src/runtime/describe';
import type { Pos } from '../diagnostics';
import { POLICY_DIR } from '../index';
import type { Program } from '../lower/program';
import type { TraceCall, TraceHooks } from '../lower/runtime';
import { Breakpoint, breakpointNumbers, breakpointTable, breakpointWhere } from './breakpoints';
import { DEBUG_COMMANDS, DebugCommand, resolveCommand } from './debugCommands';
import { describeCall } from './describeCall';
import type { ExecTracer } from './execTracer';
import type { ReadLine } from './lineInput';
import { listLines, sourceLines } from './sourceListing';
import { ActiveFrame, activeLocation, displayFile } from './traceLocation';

/** Where the debugger talks and listens. */
export interface DebuggerIO {
  /** Commands, one per call; null at end of input (which quits). */
  readLine: ReadLine;
  /** Prompts, messages and printed values (Bro writes them all to stderr). */
  write(s: string): void;
  /** Echo each command after its prompt (input is not a terminal, as in the reference transcripts). */
  echo: boolean;
  /** Ends the run (`quit`, end of input). */
  exit(code: number): void;
}

/** A debugging session: its hooks and the engine-side entry points. */
export interface ScriptDebugger {
  /** Install with `program.setTraceHooks` (they include the tracer's). */
  hooks: TraceHooks;
  /** Called at the end of every event drain: the start-up stop when no statement ran, and Ctrl-C. */
  afterDrain(): void;
  /** Ctrl-C: stop at the next statement (or drain). */
  interrupt(): void;
}

/** `Bro` or `Zeek`: the prompt `(Bro [N]) ` and the start-up message follow the run's spelling. */
export type DebuggerSpelling = 'Bro' | 'Zeek';

/** The old event names a `break` may use for the modern ones (language.md Appendix A). */
const OLD_NAMES: Record<string, string> = { bro_init: 'zeek_init', bro_done: 'zeek_done', bro_script_loaded: 'zeek_script_loaded' };

type Outcome = 'resume' | 'stay';

/**
 * Creates a debugger on an instrumented program; the tracer keeps the frame stack it inspects.
 *
 * ## Example
 * ```ts
 * const tracer = createExecTracer(program, write);
 * const dbg = createDebugger(program, tracer, { readLine: createLineInput(0), write: (s) => process.stderr.write(s), echo: true, exit: process.exit }, 'Bro');
 * program.setTraceHooks(dbg.hooks);
 * ```
 */
export function createDebugger(program: Program, tracer: ExecTracer, io: DebuggerIO, spelling: DebuggerSpelling): ScriptDebugger {
  const frames = tracer.frames;
  const lines = sourceLines(program);
  const bps: Breakpoint[] = [];
  let nextId = 1;
  let prompt = 0;
  /** What makes the next statement stop: `step` any, `next` one at depth ≤ stepDepth, `run` only breakpoints. */
  let mode: 'run' | 'step' | 'next' | 'finish' = 'step';
  let stepDepth = 0;
  let finishing: TraceCall | undefined;
  let stoppedOnce = false;
  let interrupted = false;
  let lastStopCall: TraceCall | undefined;
  /** Selected frame: 0 is the innermost. */
  let selected = 0;
  let repeat: string | undefined;
  let listed: { file: string; first: number; last: number } | undefined;
  const write = io.write;
  /**
   * rxbro's own scripts (policy/: the stand-ins for Zeek's base scripts such as base/utils/site, and the
   * frameworks they load, e.g. notice.bro creating its streams) run their zeek_init handlers before the
   * user's; the start-up stop skips them, so a session starts where Bro's reference sessions do, in the
   * user's own bro_init/zeek_init (breakpoints in them still stop).
   */
  const policyDir = POLICY_DIR + path.sep;
  const isBundled = (pos: Pos) => pos.file.startsWith(policyDir);

  const frameAt = (k: number): ActiveFrame | undefined => frames[frames.length - 1 - k];
  const frameLine = (k: number, f: ActiveFrame) => `#${k}  In ${describeCall(f.call)} at ${activeLocation(f)}`;
  const posOf = (f: ActiveFrame | undefined): Pos | undefined => f?.stmt ?? f?.call.pos;
  const lineOf = (f: ActiveFrame): number => f.stmt?.line ?? f.call.lastLine ?? f.call.pos?.line ?? 0;
  const sourceAt = (file: string, line: number) => listLines(lines, file, line, line);

  const hooks: TraceHooks = {
    call: (c) => tracer.hooks.call?.(c),
    ret(c, value, type) {
      tracer.hooks.ret?.(c, value, type);
      if (mode === 'finish' && c === finishing) {
        write(value === undefined || !type || type.kind === 'void' ? 'Return Value: <none>\n' : `Return Value: '${formatValue(value, type)}'\n`);
        finishing = undefined;
        mode = 'next';
        stepDepth = Math.max(c.depth, 1);
      }
    },
    statement(pos, depth, end) {
      tracer.hooks.statement?.(pos, depth, end);
      let stop = (mode === 'step' && (stoppedOnce || !isBundled(pos))) || (mode === 'next' && depth <= stepDepth);
      if (interrupted) {
        interrupted = false;
        write('Program received signal SIGINT: entering debugger\n');
        stop = true;
      }
      const bp = hitBreakpoint(pos);
      if (bp) {
        const top = frameAt(0);
        write(`Breakpoint ${bp.id}, ${top ? `${describeCall(top.call)} ` : ''}at ${displayFile(pos.file)}:${pos.line}\n`);
        stop = true;
      }
      if (stop) stopHere();
    },
  };

  function hitBreakpoint(pos: Pos): Breakpoint | undefined {
    for (const bp of bps) {
      if (bp.stmt !== pos || !bp.enabled) continue;
      if (bp.cond === undefined) return bp;
      const top = frameAt(0);
      const r = program.evaluate(bp.cond, { locals: top?.call.locals, frame: top?.call.frame });
      if ('error' in r) {
        write(`Error in condition of breakpoint ${bp.id}: ${r.error}\n`);
        return bp;
      }
      if ('value' in r && r.value === true) return bp;
    }
    return undefined;
  }

  /** Prints where the run stopped and reads commands until one resumes it. */
  function stopHere(): void {
    stoppedOnce = true;
    mode = 'run';
    selected = 0;
    listed = undefined;
    const top = frameAt(0);
    if (top && top.call !== lastStopCall) write(`In ${describeCall(top.call)} at ${activeLocation(top)}\n`);
    lastStopCall = top?.call;
    if (top && top.stmt) write(sourceAt(top.stmt.file, top.stmt.line));
    commandLoop();
  }

  function commandLoop(): void {
    for (;;) {
      write(`(${spelling} [${prompt++}]) `);
      const line = io.readLine();
      if (line === null) {
        write('\n');
        quit();
        return;
      }
      if (io.echo) write(`${line}\n`);
      let text = line.trim();
      if (text === '') {
        if (repeat === undefined) continue;
        text = repeat;
      }
      if (execute(text) === 'resume') return;
    }
  }

  function execute(text: string): Outcome {
    const m = /^(\S+)\s*(.*)$/.exec(text)!;
    const r = resolveCommand(m[1]);
    repeat = undefined;
    if ('unknown' in r) {
      write(`No Matching command for '${m[1]}'.\n`);
      return 'stay';
    }
    if ('ambiguous' in r) {
      write(`Ambiguous command; could be\n${r.ambiguous.map((n) => `\t${n}\n`).join('')}`);
      return 'stay';
    }
    const cmd = r.command;
    // A repeated `list` continues the listing rather than listing the same place again.
    if (cmd.repeatable) repeat = cmd.names[0] === 'list' ? 'list' : text;
    return run(cmd, m[2].trim());
  }

  function run(cmd: DebugCommand, args: string): Outcome {
    switch (cmd.names[0]) {
      case 'help':
        write(`Help summary: \n\n${DEBUG_COMMANDS.map((c) => `${c.names[0]} -- ${c.help}\n`).join('')}`);
        return 'stay';
      case 'quit':
        quit();
        return 'resume';
      case 'next':
        mode = 'next';
        stepDepth = frames.length;
        return 'resume';
      case 'step':
        mode = 'step';
        return 'resume';
      case 'continue':
        write('Continuing.\n');
        mode = 'run';
        return 'resume';
      case 'finish': {
        const top = frameAt(selected);
        if (!top) {
          write('"finish" not meaningful in the outermost frame.\n');
          return 'stay';
        }
        mode = 'finish';
        finishing = top.call;
        return 'resume';
      }
      case 'break':
        setBreak(args);
        return 'stay';
      case 'cond': {
        const c = /^(\d+)\s+(.+)$/.exec(args);
        if (!c) write('Arguments must specify breakpoint number and condition.\n');
        else {
          const bp = bps.find((b) => b.id === Number(c[1]));
          if (!bp) write(`Breakpoint ${c[1]} does not exist\n`);
          else bp.cond = c[2];
        }
        return 'stay';
      }
      case 'delete':
        eachBreakpoint(args, (bp) => {
          bps.splice(bps.indexOf(bp), 1);
          return 'deleted';
        });
        return 'stay';
      case 'disable':
        eachBreakpoint(args, (bp) => {
          bp.enabled = false;
          return 'disabled';
        });
        return 'stay';
      case 'enable':
        eachBreakpoint(args, (bp) => {
          bp.enabled = true;
          return 'enabled';
        });
        return 'stay';
      case 'clear':
      case 'ignore':
        write("'clear' and 'ignore' commands not currently supported\n");
        return 'stay';
      case 'info':
        if (args !== '' && 'breakpoints'.startsWith(args.split(/\s+/)[0])) {
          write(bps.length === 0 ? 'No breakpoints currently set.\n' : breakpointTable(bps));
        } else write('Syntax: info info-command\nList of info-commands:\ninfo breakpoints -- List of breakpoints and watches\n');
        return 'stay';
      case 'print':
        printExpr(args);
        return 'stay';
      case 'backtrace':
        backtrace(args);
        return 'stay';
      case 'frame':
        if (args === '') showFrame();
        else selectFrame(Number(args));
        return 'stay';
      case 'up':
        if (selected >= frames.length - 1) write('Outermost frame already selected\n');
        else selectFrame(Math.min(frames.length - 1, selected + (args === '' ? 1 : Number(args) || 1)));
        return 'stay';
      case 'down':
        if (selected <= 0) write('Innermost frame already selected\n');
        else selectFrame(Math.max(0, selected - (args === '' ? 1 : Number(args) || 1)));
        return 'stay';
      case 'list':
        list(args);
        return 'stay';
      case 'trace':
        if (args === 'on' || args === 'off') {
          tracer.enabled = args === 'on';
          write(`Execution tracing ${args === 'on' ? 'ON' : 'OFF'}.\n`);
        } else if (args === '') write(`Execution tracing is ${tracer.enabled ? 'on' : 'off'}.\n`);
        else write('Syntax: trace [on|off]\n');
        return 'stay';
      default:
        write('Command not yet implemented.\n');
        return 'stay';
    }
  }

  function quit(): void {
    write('Program Terminating\n');
    io.exit(0);
  }

  function eachBreakpoint(args: string, act: (bp: Breakpoint) => string): void {
    if (args === '') {
      if (bps.length === 0) write('No breakpoints currently set.\n');
      for (const bp of [...bps]) write(`Breakpoint ${bp.id} ${act(bp)}\n`);
      return;
    }
    for (const n of breakpointNumbers(args)) {
      const bp = bps.find((b) => b.id === n);
      if (!bp) write(`Breakpoint ${n} does not exist\n`);
      else write(`Breakpoint ${n} ${act(bp)}\n`);
    }
  }

  function addBreakpoint(stmt: Pos, func: string | undefined, cond: string | undefined): void {
    const bp: Breakpoint = { id: nextId++, stmt, func, enabled: true, cond };
    bps.push(bp);
    write(`Breakpoint ${bp.id} set at ${breakpointWhere(bp)}\n`);
  }

  function notSet(reason?: string): void {
    if (reason) write(`${reason}\n`);
    write('Breakpoint specifier invalid or operation canceled.\nBreakpoint not set.\n');
  }

  function setBreak(args: string): void {
    const c = /^(?:(.*?)\s+)?if\s+(.+)$/.exec(args);
    const spec = c ? (c[1] ?? '').trim() : args;
    const cond = c ? c[2] : undefined;
    if (spec === '') {
      const f = frameAt(selected);
      if (!f || !f.stmt) write('No statement to break at.\nBreakpoint not set.\n');
      else addBreakpoint(f.stmt, undefined, cond);
      return;
    }
    const loc = /^(?:(.+):)?(\d+)$/.exec(spec);
    if (loc) {
      const file = loc[1] !== undefined ? findFile(loc[1]) : posOf(frameAt(selected))?.file ?? lastUserFile();
      if (file === undefined) return notSet(`No such policy file: ${loc[1]}.`);
      const n = Number(loc[2]);
      const count = lines(file)?.length ?? 0;
      if (n < 1 || n > count) return notSet(`No line ${n} in ${displayFile(file)}.`);
      const stmt = program.statementAt(file, n);
      if (!stmt) {
        write('No statement at that line.\nBreakpoint not set.\n');
        return;
      }
      addBreakpoint(stmt, undefined, cond);
      return;
    }
    write(`Setting breakpoint on ${spec}:\n`);
    let names = [spec];
    if (/[\^$.*+?()[\]{}|\\]/.test(spec)) {
      let re: RegExp;
      try {
        re = new RegExp(`^${spec.replace(/(^|[^.\\])\*/g, '$1.*')}$`);
      } catch {
        return notSet(`Invalid pattern ${spec}.`);
      }
      names = program.functionNames().filter((n) => re.test(n)).sort();
      if (names.length === 0) return notSet(`No function matches ${spec}.`);
      if (names.length > 1) {
        const chosen = choose('There were multiple matches, please choose:', names);
        if (chosen.length === 0) return notSet();
        names = chosen;
      }
    }
    for (const name of names) breakFunction(name, cond);
  }

  function breakFunction(spec: string, cond: string | undefined): void {
    const name = program.bodiesOf(spec) ? spec : OLD_NAMES[spec] ?? spec;
    const fn = program.bodiesOf(name);
    if (!fn) return notSet(`Function ${spec} not defined.`);
    if (fn.bodies.length === 0) return notSet(`Function ${spec} declared but not defined.`);
    let bodies = fn.bodies;
    if (bodies.length > 1) {
      const labels = bodies.map((b) => `${displayFile(b.pos.file)}:${b.pos.line}`);
      const chosen = choose('There are multiple definitions of that event handler.\nPlease choose one of the following options:', labels);
      if (chosen.length === 0) return notSet();
      bodies = bodies.filter((_, i) => chosen.includes(labels[i]));
    }
    for (const b of bodies) {
      if (!b.firstStmt) write(`No statement in ${spec}.\nBreakpoint not set.\n`);
      else addBreakpoint(b.firstStmt, spec, cond);
    }
  }

  /** A numbered menu read from the input: the chosen items, all (`a`), or none (`n`, anything else). */
  function choose(title: string, items: string[]): string[] {
    write(`${title}\n${items.map((it, i) => `[${i + 1}] ${it}\n`).join('')}[a] All of the above\n[n] None of the above\nEnter your choice: `);
    const answer = io.readLine();
    if (answer === null) return [];
    if (io.echo) write(`${answer}\n`);
    const a = answer.trim();
    if (a === 'a') return items;
    const k = Number(a);
    return Number.isInteger(k) && k >= 1 && k <= items.length ? [items[k - 1]] : [];
  }

  function findFile(name: string): string | undefined {
    return program.files.find((f) => f === name || displayFile(f) === name || f.endsWith(`/${name}`));
  }

  function lastUserFile(): string | undefined {
    return program.files[program.files.length - 1];
  }

  function printExpr(args: string): void {
    if (args === '') {
      write('Syntax: print <expression>\n');
      return;
    }
    const f = frameAt(selected);
    const r = program.evaluate(args, { locals: f?.call.locals, frame: f?.call.frame });
    if ('error' in r) write(`${r.error}\n`);
    else if ('none' in r) write('<expression has no value>\n');
    else write(`${formatValue(r.value, r.type)}\n`);
  }

  function backtrace(args: string): void {
    if (frames.length === 0) {
      write('No stack.\n');
      return;
    }
    let ks = frames.map((_, k) => k);
    const n = /^([+-])(\d+)$/.exec(args);
    if (n) ks = n[1] === '+' ? ks.slice(0, Number(n[2])) : ks.slice(Math.max(0, ks.length - Number(n[2])));
    for (const k of ks) write(`${frameLine(k, frameAt(k)!)}\n`);
  }

  function showFrame(): void {
    const f = frameAt(selected);
    if (!f) {
      write('No stack.\n');
      return;
    }
    write(`${frameLine(selected, f)}\n`);
    const p = posOf(f);
    if (p) write(sourceAt(p.file, lineOf(f)));
  }

  function selectFrame(k: number): void {
    if (!Number.isInteger(k) || k < 0 || k >= frames.length) {
      write(`No frame ${k}.\n`);
      return;
    }
    selected = k;
    listed = undefined;
    showFrame();
  }

  function list(args: string): void {
    const f = frameAt(selected);
    const here = posOf(f);
    let file = listed?.file ?? here?.file ?? lastUserFile();
    let center: number | undefined;
    if (args === '') {
      if (listed) return listRange(listed.file, listed.last + 1);
      center = f ? lineOf(f) : 1;
    } else if (args === '-') {
      if (!listed || !file) return listRange(file, Math.max(1, (f ? lineOf(f) : 1) - 15));
      return listRange(file, Math.max(1, listed.first - 10));
    } else if (/^[+-]\d+$/.test(args)) {
      center = (f ? lineOf(f) : 1) + Number(args);
      file = here?.file ?? file;
    } else {
      const loc = /^(?:(.+):)?(\d+)$/.exec(args);
      if (loc) {
        if (loc[1] !== undefined) {
          file = findFile(loc[1]);
          if (!file) {
            write(`No such policy file: ${loc[1]}.\n`);
            return;
          }
        } else file = here?.file ?? file;
        center = Number(loc[2]);
      } else {
        const fn = program.bodiesOf(program.bodiesOf(args) ? args : OLD_NAMES[args] ?? args);
        const body = fn?.bodies[0];
        if (!body) {
          write(`Function ${args} not defined.\n`);
          return;
        }
        file = body.pos.file;
        center = (body.firstStmt ?? body.pos).line;
      }
    }
    listRange(file, Math.max(1, center - 5));
  }

  function listRange(file: string | undefined, first: number): void {
    if (!file) {
      write('No source to list.\n');
      return;
    }
    const count = lines(file)?.length ?? 0;
    if (first > count) {
      write(`Line number ${first} out of range; ${displayFile(file)} has ${count} lines.\n`);
      return;
    }
    const last = Math.min(count, first + 9);
    write(listLines(lines, file, first, last));
    listed = { file, first, last };
  }

  return {
    hooks,
    afterDrain() {
      if (interrupted) {
        interrupted = false;
        write('Program received signal SIGINT: entering debugger\n');
        stopHere();
        return;
      }
      if (!stoppedOnce) {
        // No statement ran at start-up (no bro_init/zeek_init body): stop once before the first packet,
        // where Bro would have stopped in its own bro_init, so breakpoints can be set before the traffic.
        write('Stopped before the first packet (no script statement ran at start-up).\n');
        stopHere();
      }
    },
    interrupt() {
      interrupted = true;
    },
  };
}
