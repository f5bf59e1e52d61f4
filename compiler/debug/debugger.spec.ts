import { compile, formatDiagnostics } from '..';
import { createDebugger } from './debugger';
import { createExecTracer } from './execTracer';
import { testContext } from '../../spec/helpers/scriptTestContext';

/** Runs `src` under the debugger with scripted input; returns the transcript and the script's output. */
function session(src: string, input: string[], act: (raise: (name: string, ...a: unknown[]) => void, dbg: ReturnType<typeof createDebugger>) => void) {
  const r = compile({ files: [], inline: [src], bare: true, searchPath: [], env: {}, instrument: true });
  if (!r.program) throw new Error(formatDiagnostics(r));
  const transcript: string[] = [];
  const tracer = createExecTracer(r.program, () => undefined);
  tracer.enabled = false;
  const queue = [...input];
  let exited: number | undefined;
  const dbg = createDebugger(r.program, tracer, { readLine: () => queue.shift() ?? null, write: (s) => transcript.push(s), echo: true, exit: (c) => { exited = c; } }, 'Bro');
  r.program.setTraceHooks(dbg.hooks);
  const out: string[] = [];
  const ctx = testContext(out);
  r.program.attach(ctx);
  act((name, ...a) => ctx.events.raise(name, ...a), dbg);
  return { text: transcript.join(''), out, exited };
}

describe('createDebugger', () => {
  test('with no statement at start-up it stops once at the end of the first drain', () => {
    const { text } = session('event e(n: count) { print n; }', ['continue'], (_raise, dbg) => dbg.afterDrain());
    expect(text).toBe('Stopped before the first packet (no script statement ran at start-up).\n(Bro [0]) continue\nContinuing.\n');
  });

  test('Ctrl-C stops at the next statement with Bro\'s message', () => {
    const { text, out } = session('event e(n: count) { print n; }', ['continue', 'continue'], (raise, dbg) => {
      dbg.afterDrain();
      dbg.interrupt();
      raise('e', 5);
    });
    expect(out).toEqual(['5\n']);
    expect(text).toContain("Continuing.\nProgram received signal SIGINT: entering debugger\nIn e(n = '5') at <inline-1>:1\n1\tevent e(n: count) { print n; }\n(Bro [1]) continue\n");
  });

  test('a conditional breakpoint stops only when its condition is true; cond errors are reported', () => {
    const { text, out } = session('event e(n: count)\n\t{\n\tprint n;\n\t}\n', ['break e if n > 1', 'continue', 'print n', 'cond 1 nosuch', 'continue', 'continue'], (raise, dbg) => {
      dbg.afterDrain();
      raise('e', 1);
      raise('e', 2);
      raise('e', 3);
    });
    expect(out).toEqual(['1\n', '2\n', '3\n']);
    expect(text).toContain("Breakpoint 1 set at e at <inline-1>:3\n(Bro [1]) continue\nContinuing.\nBreakpoint 1, e(n = '2') at <inline-1>:3\n");
    expect(text).toContain('(Bro [2]) print n\n2\n');
    expect(text).toContain("Error in condition of breakpoint 1: unknown identifier nosuch\nBreakpoint 1, e(n = '3') at <inline-1>:3\n");
  });

  test('quit ends the run through the exit callback', () => {
    const { text, exited } = session('event e(n: count) { print n; }', ['quit'], (raise) => raise('e', 1));
    expect(text).toContain('(Bro [0]) quit\nProgram Terminating\n');
    expect(exited).toBe(0);
  });
});
