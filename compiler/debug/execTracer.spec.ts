import { compile, formatDiagnostics } from '..';
import { createExecTracer } from './execTracer';
import { testContext } from '../../spec/helpers/scriptTestContext';

function traced(src: string, statements = false): { lines: string[]; out: string[] } {
  const r = compile({ files: [], inline: [src], bare: true, searchPath: [], env: {}, instrument: true });
  if (!r.program) throw new Error(formatDiagnostics(r));
  const lines: string[] = [];
  const tracer = createExecTracer(r.program, (l) => lines.push(l));
  tracer.statements = statements;
  r.program.setTraceHooks(tracer.hooks);
  const out: string[] = [];
  const ctx = testContext(out, 12.5);
  r.program.attach(ctx);
  ctx.events.raise('e', 3);
  return { lines, out };
}

describe('createExecTracer', () => {
  test('event, nested function, built-in and returns: location, one TAB per body, Bro texts', () => {
    const { lines, out } = traced('function sq(x: count): count\n\t{\n\treturn x * x;\n\t}\nevent e(n: count)\n\t{\n\tprint fmt("%d", sq(n));\n\t}\n');
    expect(out).toEqual(['9\n']);
    expect(lines).toEqual([
      "12.500000 <inline-1>:7\tevent called: e(n = '3')",
      "12.500000 <inline-1>:3\t\tfunction called: sq(x = '3')",
      '12.500000 <inline-1>:3\t\tFunction return: 9',
      "12.500000 <inline-1>:7\t\tBuiltin Function called: fmt(va_args = '%d', vararg0 = '9')",
      '12.500000 <inline-1>:7\t\tFunction return: 9',
    ].map((l) => l + '\n'));
  });

  test('with statements on (as under -d) each statement is traced with its source text', () => {
    const { lines } = traced('event e(n: count)\n\t{\n\tlocal y = n + 1;\n\tprint y;\n\t}\n', true);
    expect(lines).toEqual([
      "12.500000 <inline-1>:4\tevent called: e(n = '3')",
      '12.500000 <inline-1>:3\tlocal y = n + 1;',
      '12.500000 <inline-1>:4\tprint y;',
    ].map((l) => l + '\n'));
  });

  test('disabled, it writes nothing but still follows the frames', () => {
    const r = compile({ files: [], inline: ['event e(n: count) { print n; }'], bare: true, searchPath: [], env: {}, instrument: true });
    const lines: string[] = [];
    const tracer = createExecTracer(r.program!, (l) => lines.push(l));
    tracer.enabled = false;
    r.program!.setTraceHooks(tracer.hooks);
    const ctx = testContext([]);
    r.program!.attach(ctx);
    ctx.events.raise('e', 1);
    expect(lines).toEqual([]);
    expect(tracer.frames).toEqual([]);
  });
});
