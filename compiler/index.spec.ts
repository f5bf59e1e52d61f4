import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compile, formatDiagnostics, Program, ScriptContext } from './index';

function tmpTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rxbro-compile-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function fakeContext(out: string[]): ScriptContext {
  const handlers = new Map<string, ((...a: unknown[]) => void)[]>();
  return {
    scheduler: { networkTime: 0, terminating: false, at: () => undefined, cancel: () => true, now: () => 0 },
    events: {
      on: (name, fn) => { handlers.set(name, [...(handlers.get(name) ?? []), fn as (...a: unknown[]) => void]); },
      raise: (name, ...args) => { for (const h of handlers.get(name) ?? []) h(...args); },
    },
    stdout: (s) => out.push(s),
    stderr: (s) => out.push('ERR ' + s),
    tunables: { table_expire_interval: 0, tcp_inactivity_timeout: 0 },
    terminate: () => undefined,
    exit: () => undefined,
  };
}

function run(src: string): { out: string[]; program: Program; ctx: ScriptContext } {
  const r = compile({ files: [], inline: [src], bare: true, searchPath: [], env: {} });
  if (!r.program) throw new Error(formatDiagnostics(r));
  const out: string[] = [];
  const ctx = fakeContext(out);
  r.program.attach(ctx);
  r.program.runTopLevel();
  return { out, program: r.program, ctx };
}

describe('compile()', () => {
  test('@load searches the loading file\'s folder, then searchPath, then ZEEKPATH/BROPATH; .bro and .zeek', () => {
    const dir = tmpTree({
      'main.bro': '@load sub/a\n@load b\n@load c\n@load d\nprint A, B, C, D;\n',
      'sub/a.zeek': 'const A = "a.zeek";\n',
      'extra/b.bro': 'const B = "b.bro";\n',
      'env1/c': 'const C = "c-no-ext";\n',
      'env2/d/__load__.bro': 'const D = "d/__load__";\n',
    });
    const r = compile({
      files: [path.join(dir, 'main.bro')], bare: true, searchPath: [path.join(dir, 'extra')],
      env: { ZEEKPATH: path.join(dir, 'env1'), BROPATH: path.join(dir, 'env2') },
    });
    expect(formatDiagnostics(r)).toBe('');
    const out: string[] = [];
    r.program!.attach(fakeContext(out));
    r.program!.runTopLevel();
    expect(out.join('')).toBe('a.zeek, b.bro, c-no-ext, d/__load__\n');
    // init-bare.bro loads the logging framework (base/frameworks/logging: __load__, main, writers/ascii) first.
    expect(r.program!.files.map(f => path.basename(f))).toEqual(['init-bare.bro', '__load__.bro', 'main.bro', 'ascii.bro', 'main.bro', 'a.zeek', 'b.bro', 'c', '__load__.bro']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a file is loaded once; the module reverts when a loaded file ends', () => {
    const dir = tmpTree({
      'main.bro': 'module Main;\n@load x\n@load x\nglobal y = 2;\nprint Main::y, X::v;\n',
      'x.bro': 'module X;\nexport { global v = 1; }\nevent zeek_init() { print "x loaded"; }\n',
    });
    const r = compile({ files: [path.join(dir, 'main.bro')], bare: true, searchPath: [], env: {} });
    expect(formatDiagnostics(r)).toBe('');
    const out: string[] = [];
    r.program!.attach(fakeContext(out));
    r.program!.runTopLevel();
    expect(out.join('')).toBe('2, 1\n');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('@load-sigs collects signature files (.sig appended) for the signature engine', () => {
    const dir = tmpTree({ 'main.bro': '@load-sigs ./dpd\n@load-sigs dpd.sig\n', 'dpd.sig': 'signature s { }\n' });
    const r = compile({ files: [path.join(dir, 'main.bro')], bare: true, searchPath: [], env: {} });
    expect(formatDiagnostics(r)).toBe('');
    expect(r.program!.signatureFiles).toEqual([path.join(dir, 'dpd.sig')]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a missing @load is an error at the directive', () => {
    const r = compile({ files: [], inline: ['\n  @load nope\n'], bare: true, searchPath: [], env: {} });
    expect(r.program).toBeUndefined();
    expect(formatDiagnostics(r)).toBe("<inline-1>:2:3: error: can't find nope\n  @load nope\n  ^\n");
  });

  test('a Zeek standard script without an rxbro stand-in is a warning, and the rest still compiles', () => {
    const r = compile({ files: [], inline: ['@load policy/misc/loaded-scripts\nprint 1;\n'], bare: true, searchPath: [], env: {} });
    expect(r.program).toBeDefined();
    expect(formatDiagnostics(r)).toBe(
      "<inline-1>:1:1: warning: rxbro has no equivalent of Zeek's policy/misc/loaded-scripts; not loaded\n@load policy/misc/loaded-scripts\n^\n",
    );
  });

  test('base/protocols and base/frameworks stand-ins resolve from the policy directory', () => {
    const r = compile({ files: [], inline: ['@load base/protocols/conn\n@load base/protocols/http\n@load base/frameworks/notice\n'], bare: true, searchPath: [], env: {} });
    expect(formatDiagnostics(r)).toBe('');
    expect(r.program!.files.some((f) => f.endsWith(path.join('base', 'protocols', 'http', '__load__.bro')))).toBe(true);
  });

  test('redefs write the final values into ctx.tunables', () => {
    const { ctx } = run('redef table_expire_interval = 2 secs;\nredef tcp_inactivity_timeout = 1 min;');
    expect(ctx.tunables).toEqual({ table_expire_interval: 2, tcp_inactivity_timeout: 60 });
  });

  test('without instrument the hooks are not compiled in: installing them changes nothing', () => {
    const r = compile({ files: [], inline: ['function sq(x: count): count { return x * x; }\nprint fmt("%d", sq(3));\n'], bare: true, searchPath: [], env: {} });
    const seen: string[] = [];
    r.program!.setTraceHooks({ statement: (pos) => seen.push(`stmt ${pos.line}`), call: (c) => seen.push(`call ${c.name}`) });
    const out: string[] = [];
    r.program!.attach(fakeContext(out));
    r.program!.runTopLevel();
    expect(r.program!.instrumented).toBe(false);
    expect(seen).toEqual([]);
    expect(out).toEqual(['9\n']);
  });

  test('the statement hook sees every statement position (instrumented compilation)', () => {
    const r = compile({ files: [], inline: ['global x = 0;\nx = 1;\nif ( x == 1 )\n\tprint "one";\n'], bare: true, searchPath: [], env: {}, instrument: true });
    const seen: string[] = [];
    r.program!.setStatementHook((pos) => seen.push(`${pos.line}:${pos.col}`));
    const out: string[] = [];
    r.program!.attach(fakeContext(out));
    r.program!.runTopLevel();
    expect(seen).toEqual(['2:1', '3:1', '4:2']);
    expect(out).toEqual(['one\n']);
  });

  test('trace hooks see calls of events, functions and built-ins with their arguments, and returns', () => {
    const r = compile({ files: [], inline: ['function sq(x: count): count { return x * x; }\nevent e(n: count) { print fmt("%d", sq(n)); }\n'], bare: true, searchPath: [], env: {}, instrument: true });
    const log: string[] = [];
    r.program!.setTraceHooks({
      call: (c) => log.push(`${c.depth} ${c.kind} ${c.name}(${c.params.map(p => `${p.name} = '${String(p.value)}'`).join(', ')})`),
      ret: (c, v) => log.push(`${c.depth} return ${c.name}: ${String(v)}`),
      statement: (pos, depth) => log.push(`${depth} stmt ${pos.line}:${pos.col}`),
    });
    const out: string[] = [];
    const ctx = fakeContext(out);
    r.program!.attach(ctx);
    ctx.events.raise('e', 3);
    expect(out).toEqual(['9\n']);
    expect(log).toEqual([
      "0 event e(n = '3')",
      '1 stmt 2:21',
      "1 function sq(x = '3')",
      '2 stmt 1:32',
      '1 return sq: 9',
      "1 builtin fmt(va_args = '%d', vararg0 = '9')",
      '1 return fmt: 9',
      '0 return e: undefined',
    ]);
  });

  test('globals() and global() expose values for tools', () => {
    const { program } = run('global counter = 41;\ncounter += 1;\n');
    expect(program.global('counter')).toBe(42);
    expect(program.globals().find(g => g.name === 'counter')?.type.kind).toBe('count');
  });

  test('event handlers register with the engine by priority; event statements raise', () => {
    const { out } = run('event e(n: count) { print "e", n; }\nevent e(1);\n');
    expect(out).toEqual(['e, 1\n']);
  });
});

describe('qualified names whose last part is a keyword', () => {
  it('`Option::set` is one name (Zeek: core.option-priorities), not `Option` followed by the keyword `set`', () => {
    const r = compile({ files: [], inline: ['event zeek_init() { Option::set("x", F); }'], bare: true, searchPath: [] });
    expect(r.diagnostics.map((d) => d.message)).toEqual(['unknown identifier Option::set']);
  });
});
