/**
 * Lowers a checked program into a `Program`: the global initialisers, redefs, handler registrations and
 * top-level statements as closures, ready to be attached to a scheduler and an event engine.
 */
import * as R from '../../src/runtime';
import { V } from './runtimeValues';
import { FuncType, Type } from '../../src/runtime';
import type { CheckedProgram } from '../check';
import type { GlobalSym } from '../check/symbols';
import type { Pos } from '../diagnostics';
import type { Stmt } from '../ast';
import type { ScriptContext } from '../ScriptContext';
import { lowerExpr } from './expressions';
import { createLowerer, Lowerer } from './lowerer';
import { BREAK, createRuntime, Ev, Ex, Frame, reportError, reporterFor, Runtime, ScopeEntry, TraceHooks } from './runtime';
import { report } from '../../src/runtime/reporter';
import { lowerStmt } from './statements';
import { copyValue, emptyValue } from './values';
import { tableMerge, tableRemoveKeys } from './tables';
import { installWhenEngine } from './when';
import { EvalResult, EvalScope, evaluateIn } from './evaluate';

/** The reporter's events: their handlers are Zeek's error handlers. */
const REPORTER_EVENTS: ReadonlySet<string> = new Set(['reporter_info', 'reporter_warning', 'reporter_error']);

/** A compiled program (see compiler/README.md for the life cycle). */
export interface Program {
  /**
   * Initialises globals in load order (applying redefs), registers event handlers with `ctx.events`, and writes
   * the final values of the `ctx.tunables` keys. Network time should still be 0 (§5.3 step 1).
   */
  attach(ctx: ScriptContext): void;
  /** Runs the top-level statements (§5.3 step 4). Throws `TopLevelError` if a run-time error escapes one. */
  runTopLevel(): void;
  /** Number of run-time errors reported so far (for "errors occurred while initializing", §2.14). */
  readonly errorCount: number;
  /**
   * Compiled with `instrument: true`: the hooks below are called. Without it they are never called (the
   * closures carry no hook code), so a tracer or debugger must ask for an instrumented compilation.
   */
  readonly instrumented: boolean;
  /** Installs (or removes) the per-statement hook for a tracer/debugger (instrumented programs only). */
  setStatementHook(hook: ((pos: Pos) => void) | undefined): void;
  /** Installs (or removes) call/return/statement hooks for execution tracing (engine.md §6.8). */
  setTraceHooks(hooks: TraceHooks | undefined): void;
  /** The attached context's network time (0 before `attach`), for trace lines. */
  networkTime(): number;
  /**
   * Compiles and evaluates a script expression with a body's locals in scope (the debugger's `print`);
   * assignments are allowed.
   */
  evaluate(text: string, scope?: EvalScope): EvalResult;
  /** Bodies of a function/event/hook by full name, with where each is defined (debugger `break`/`list`). */
  bodiesOf(name: string): { kind: 'function' | 'event' | 'hook'; bodies: { pos: Pos; firstStmt: Pos | undefined }[] } | undefined;
  /** Names of every function, event and hook that has a body (for `break` with a pattern). */
  functionNames(): string[];
  /** Whether `name` is a declared event (with or without a body). */
  isEvent(name: string): boolean;
  /**
   * Whether some script reads or tests `field` of the named record type `type` (`usesField('connection',
   * 'successful')` for `c$successful`): the engine keeps what such a field needs only then.
   */
  usesField(type: string, field: string): boolean;
  /**
   * Whether a script outside the bundled policy folder names the global `name` in an expression (conn.log's
   * stream mode asks about `Conn::LOG`); set by `compile()`, which knows that folder.
   */
  usesName?(name: string): boolean;
  /** A declared type by full name (`connection`, `Conn::Info`), or undefined. */
  namedType(name: string): Type | undefined;
  /** Whether the function, event or hook `name` has at least one body. */
  hasBodies(name: string): boolean;
  /**
   * The first statement that starts on `line` of `file` (the position object the statement hook receives),
   * or undefined if no statement starts there (debugger `break FILE:LINE`).
   */
  statementAt(file: string, line: number): Pos | undefined;
  /** Source text of a loaded file (for tracer/debugger listings). */
  sourceOf(file: string): string | undefined;
  /** Loaded script files in load order (for `zeek_script_loaded`). */
  readonly files: readonly string[];
  /** Signature files named by `@load-sigs`, resolved, in load order (for the signature engine). */
  readonly signatureFiles: readonly string[];
  /**
   * Globals some `redef name = …` replaced (not only `+=`/`-=`): the engine tells an
   * assigned `likely_server_ports` from one scripts only added to.
   */
  readonly redefAssigned: ReadonlySet<string>;
  /** Current value of a global by full name (undefined if unknown or unset). */
  global(name: string): unknown;
  /** Declared type of a global by full name, events and functions included (`-x` types captured events by it). */
  globalType(name: string): Type | undefined;
  /** All globals with their types, for `print-globals`-style tools. */
  globals(): { name: string; type: Type; value: unknown }[];
  /**
   * The `&persistent` globals in declaration order, with their attributes as written, for saving
   * and loading state (src/state, language.md §9.1).
   */
  persistentIds(): PersistentGlobal[];
  /** Re-evaluates pending `when` conditions (also registered as the event engine's `afterDrain` hook). */
  checkWhens(): void;
}

/** A `&persistent` global: its name, type, attributes as written (`&read_expire=30 secs`) and cell. */
export interface PersistentGlobal {
  readonly name: string;
  readonly type: Type;
  readonly attrs: readonly string[];
  get(): unknown;
  set(v: unknown): void;
}

/** An attribute as the script wrote it: `&name` or `&name=<expression text>`. */
function attrText(a: { name: string; expr?: { pos: Pos; end: number } }, sources: Map<string, string>): string {
  if (!a.expr) return `&${a.name}`;
  const text = sources.get(a.expr.pos.file)?.slice(a.expr.pos.offset, a.expr.end).trim();
  return text ? `&${a.name}=${text}` : `&${a.name}`;
}

/** A run-time error escaped a top-level statement: Zeek aborts start-up (§2.14). */
export class TopLevelError extends Error {
  constructor() {
    super('failed to execute script statements at top-level scope');
  }
}

type Action = (frame: Frame) => void;

/**
 * Lowers a checked program.
 *
 * ## Example
 * ```ts
 * const program = lowerProgram(checked, sources, files); // `instrument` (last argument) for -t/-d
 * program.attach(ctx);
 * program.runTopLevel();
 * ```
 */
export function lowerProgram(checked: CheckedProgram, sources: Map<string, string>, files: string[], signatureFiles: string[] = [], instrument = false): Program {
  const rt = createRuntime(sources);
  rt.scope = checked.syms as ReadonlyMap<string, ScopeEntry>;
  rt.modules = checked.modules;
  const L = createLowerer(rt, instrument);
  const cellOf = (name: string) => { const s = checked.syms.get(name); return s && s.kind === 'global' ? s.cell : undefined; };
  L.tables.tunables = { interval: cellOf('table_expire_interval'), step: cellOf('table_incremental_step'), delay: cellOf('table_expire_delay'), exact: cellOf('table_expire_exact') };
  installFieldDefaults(L, checked);
  const init: Action[] = [];
  const funcInit: Action[] = [];
  const registrations: ((ctx: ScriptContext) => void)[] = [];
  const top: Ex[] = [];
  const hooks = new Map<GlobalSym, { prio: number; seq: number; run: (args: unknown[]) => number }[]>();
  let seq = 0;

  for (const step of checked.steps) {
    switch (step.k) {
      case 'global': {
        const sym = step.sym;
        const cell = sym.cell;
        if (sym.type.kind === 'function' || sym.type.kind === 'hook' || sym.type.kind === 'event') {
          if (step.init) { const ev = lowerExpr(L, step.init); init.push(guarded(rt, f => { cell.v = ev(f); })); }
          continue;
        }
        if (step.init) {
          const ev = lowerExpr(L, step.init);
          if (sym.type.kind === 'table' && step.init.k !== 'name') {
            const attach = L.tableAttrs(sym.type, sym.attrs);
            init.push(guarded(rt, f => { cell.v = attach(ev(f) as R.TableValue, f); }));
          } else if (sym.type.kind === 'file' && sym.attrs.some(a => a.name === 'raw_output')) {
            // `&raw_output`: prints to this file are written unescaped, without separators or newline.
            init.push(guarded(rt, f => { const v = ev(f) as { raw: boolean }; v.raw = true; cell.v = v; }));
          } else {
            init.push(guarded(rt, f => { cell.v = ev(f); }));
          }
        } else if (sym.type.kind === 'table') {
          const make = L.tableInit(sym.type, sym.attrs);
          init.push(guarded(rt, f => { cell.v = make(f); }));
        } else {
          const t = sym.type;
          init.push(() => { cell.v = emptyValue(t); });
        }
        continue;
      }
      case 'redef': {
        const sym = step.sym;
        const cell = sym.cell;
        const ev = lowerExpr(L, step.init);
        const t = sym.type;
        if (step.op === '=') {
          init.push(guarded(rt, f => {
            const v = ev(f);
            const old = cell.v as { defaultOf?: unknown } | undefined;
            if (t.kind === 'table' && old && old.defaultOf) (v as { defaultOf?: unknown }).defaultOf = old.defaultOf;
            cell.v = v;
          }));
        } else {
          const sub = step.op === '-=';
          // `&add_func`/`&delete_func` (Zeek's init-bare joins `interfaces` and `signature_files` this way):
          // the redef's new value is what the function makes of the old one and the operand.
          const joinAttr = sym.attrs.find(a => a.name === (sub ? 'delete_func' : 'add_func'));
          if (joinAttr?.expr) {
            const join = lowerExpr(L, joinAttr.expr);
            init.push(guarded(rt, f => { cell.v = (join(f) as (a: unknown, b: unknown) => unknown)(cell.v, ev(f)); }));
            continue;
          }
          init.push(guarded(rt, f => {
            const v = ev(f);
            switch (t.kind) {
              case 'table': if (sub) tableRemoveKeys(cell.v as R.TableValue, v as R.TableValue); else tableMerge(cell.v as R.TableValue, v as R.TableValue); break;
              case 'vector': if (Array.isArray(v)) V.vectorAppendAll(cell.v as unknown[], v); else V.vectorAppend(cell.v as unknown[], v); break;
              case 'pattern': cell.v = V.patternAddTo(cell.v as R.PatternValue, v as R.PatternValue); break;
              case 'string': cell.v = (cell.v as string) + (v as string); break;
              default: cell.v = (cell.v as number) + (sub ? -(v as number) : (v as number));
            }
          }));
        }
        continue;
      }
      case 'func': {
        const sym = step.sym;
        const fn = step.fn;
        if (fn.kind === 'function') {
          const make = L.lowerFunction(fn, sym.type as FuncType);
          // `print f` shows the function's name (Zeek prints its whole body; language.md §4.1 leaves it open).
          funcInit.push(() => { sym.cell.v = Object.assign(make(), { broName: sym.name }); });
        } else if (fn.kind === 'event') {
          const offsets = step.offsets;
          const body = withNarrowedArgs(L.lowerBody(fn, handlerType(sym.type as FuncType, offsets, step.narrowed)), step.narrowed);
          const name = sym.name;
          const priority = step.priority;
          // A reporter event's own errors go to stderr only (Zeek's error handlers), or they would loop.
          const errorHandler = REPORTER_EVENTS.has(name);
          registrations.push(ctx => {
            ctx.events.on(name, (errorHandler
              ? (...args: unknown[]) => {
                rt.reporter.inHandler++;
                try { body(offsets === undefined ? args : pick(args, offsets)); } catch (err) { reportError(rt, err); } finally { rt.reporter.inHandler--; }
              }
              : (...args: unknown[]) => {
                try { body(offsets === undefined ? args : pick(args, offsets)); } catch (err) { reportError(rt, err); }
              }) as never, { priority });
            sym.cell.v = name;
          });
        } else {
          let list = hooks.get(sym);
          if (!list) {
            const bodies: { prio: number; seq: number; run: (args: unknown[]) => number }[] = [];
            list = bodies;
            hooks.set(sym, bodies);
            funcInit.push(() => {
              bodies.sort((a, b) => b.prio - a.prio || a.seq - b.seq);
              sym.cell.v = Object.assign((...args: unknown[]) => {
                for (const b of bodies) if (b.run(args) === BREAK) return false;
                return true;
              }, { broName: sym.name });
            });
          }
          const offsets = step.offsets;
          const run = withNarrowedArgs(L.lowerBody(fn, handlerType(sym.type as FuncType, offsets, step.narrowed)), step.narrowed);
          list.push({ prio: step.priority, seq: seq++, run: offsets === undefined ? run : (args) => run(pick(args, offsets)) });
        }
        continue;
      }
      case 'stmt':
        top.push(lowerStmt(L, step.stmt));
        continue;
    }
  }
  // Hooks and events declared with `global` but without bodies still have a value.
  for (const sym of checked.syms.values()) {
    if (sym.kind !== 'global') continue;
    if (sym.type.kind === 'hook' && !hooks.has(sym)) funcInit.push(() => { sym.cell.v = Object.assign(() => true, { broName: sym.name }); });
    if (sym.type.kind === 'event') sym.cell.v = sym.name;
  }

  const topFrame: Frame = { v: new Array(checked.topFrameSize), ret: undefined };
  let statementIndex: Map<string, Pos> | undefined;
  const program: Program = {
    attach(ctx) {
      rt.ctx = ctx;
      rt.reporter = reporterFor(ctx);
      installWhenEngine(rt);
      // Run-time warnings of the runtime helpers ("count underflow") go through the run's reporter.
      V.setWarningSink((m) => report(rt.reporter, 'warning', 'warning', m));
      // Expiring tables read the sweep tunables once, so their cores are built after every redef ran.
      const deferred: (() => void)[] = [];
      L.tables.deferred = deferred;
      for (const a of funcInit) a(topFrame);
      for (const a of init) a(topFrame);
      L.tables.deferred = undefined;
      for (const build of deferred) build();
      for (const r of registrations) r(ctx);
      for (const key of Object.keys(ctx.tunables)) {
        const sym = checked.syms.get(key);
        if (sym && sym.kind === 'global' && sym.cell.v !== undefined) ctx.tunables[key] = sym.cell.v;
      }
      ctx.events.afterDrain?.(() => program.checkWhens());
    },
    runTopLevel() {
      for (const s of top) {
        try {
          s(topFrame);
        } catch (err) {
          reportError(rt, err);
          throw new TopLevelError();
        }
      }
    },
    get errorCount() { return rt.errors; },
    instrumented: instrument,
    networkTime() { return rt.ctx ? rt.ctx.scheduler.networkTime : 0; },
    evaluate(text, scope = {}) { return evaluateIn(L, checked, text, scope); },
    bodiesOf(name) {
      const s = checked.syms.get(name);
      if (!s || s.kind !== 'global') return undefined;
      const k = s.type.kind;
      if (k !== 'function' && k !== 'event' && k !== 'hook') return undefined;
      return { kind: k, bodies: s.bodies.map((b) => ({ pos: b.pos, firstStmt: firstStatement(b.body) })) };
    },
    functionNames() {
      const out: string[] = [];
      for (const s of checked.syms.values()) if (s.kind === 'global' && s.bodies.length > 0) out.push(s.name);
      return out;
    },
    statementAt(file, line) {
      statementIndex ??= indexStatements(checked);
      return statementIndex.get(`${file}:${line}`);
    },
    usesField(type, field) { return checked.fieldUses.has(`${type}$${field}`); },
    namedType(name) { const s = checked.syms.get(name); return s && s.kind === 'type' ? s.type : undefined; },
    hasBodies(name) { const s = checked.syms.get(name); return s !== undefined && s.kind === 'global' && s.bodies.length > 0; },
    isEvent(name) {
      const s = checked.syms.get(name);
      return s !== undefined && s.kind === 'global' && s.type.kind === 'event';
    },
    setStatementHook(hook) { rt.onStatement = hook; },
    setTraceHooks(hooks) {
      rt.trace = hooks;
      const st = hooks?.statement;
      rt.onStatement = st ? (pos, end) => st(pos, rt.depth, end) : undefined;
    },
    sourceOf(file) { return sources.get(file); },
    files,
    signatureFiles,
    redefAssigned: new Set(checked.steps.flatMap((s) => (s.k === 'redef' && s.op === '=' ? [s.sym.name] : []))),
    global(name) {
      const s = checked.syms.get(name);
      return s && s.kind === 'global' ? s.cell.v : undefined;
    },
    globalType(name) {
      const s = checked.syms.get(name);
      return s && s.kind === 'global' ? s.type : undefined;
    },
    globals() {
      const out: { name: string; type: Type; value: unknown }[] = [];
      for (const s of checked.syms.values()) if (s.kind === 'global' && s.storage !== 'func') out.push({ name: s.name, type: s.type, value: s.cell.v });
      return out;
    },
    persistentIds() {
      const out: PersistentGlobal[] = [];
      for (const s of checked.syms.values()) {
        if (s.kind !== 'global' || s.storage !== 'global' || !s.attrs.some(a => a.name === 'persistent')) continue;
        const cell = s.cell;
        out.push({
          name: s.name, type: s.type, attrs: s.attrs.map(a => attrText(a, sources)),
          get: () => cell.v,
          set: (v) => { cell.v = v; },
        });
      }
      return out;
    },
    checkWhens() {
      // DNS answers arrive first (end of the drain), then the dirty triggers are re-evaluated (§8.3, §8.8).
      rt.dns?.deliverReady();
      rt.whens?.reevaluate();
    },
  };
  return program;
}

/** `file:line` → the first statement starting there, over every body and top-level statement. */
function indexStatements(checked: CheckedProgram): Map<string, Pos> {
  const index = new Map<string, Pos>();
  const visit = (s: Stmt | undefined): void => {
    if (!s) return;
    if (s.k !== 'block') {
      const key = `${s.pos.file}:${s.pos.line}`;
      const had = index.get(key);
      if (!had || had.offset > s.pos.offset) index.set(key, s.pos);
    }
    switch (s.k) {
      case 'block': s.stmts.forEach(visit); break;
      case 'if': visit(s.then); visit(s.else); break;
      case 'for': case 'while': visit(s.body); break;
      case 'when': visit(s.body); visit(s.timeoutBody); break;
      case 'switch': for (const c of s.cases) c.body.forEach(visit); break;
      case 'return': visit(s.when); break;
    }
  };
  for (const step of checked.steps) {
    if (step.k === 'func') visit(step.fn.body);
    else if (step.k === 'stmt') visit(step.stmt);
  }
  return index;
}

/** Position of the first statement a body runs (blocks opened), if any. */
function firstStatement(s: Stmt): Pos | undefined {
  if (s.k !== 'block') return s.pos;
  for (const x of s.stmts) {
    const p = firstStatement(x);
    if (p) return p;
  }
  return undefined;
}

function guarded(rt: Runtime, a: Action): Action {
  return (f) => {
    try { a(f); } catch (err) { reportError(rt, err); }
  };
}

/** Installs `&default` thunks on record field descriptors (evaluated at each record creation, §2.9). */
function installFieldDefaults(L: Lowerer, checked: CheckedProgram): void {
  const empty: Frame = { v: [], ret: undefined };
  for (const d of checked.fieldDefaults) {
    const field = d.record.fields.find(f => f.name === d.field);
    if (!field) continue;
    const ev: Ev = lowerExpr(L, d.expr);
    const t = field.type;
    const aggregate = t.kind === 'record' || t.kind === 'table' || t.kind === 'vector';
    field.default = aggregate ? () => copyValue(ev(empty), t) : () => ev(empty);
  }
}

/**
 * The arguments an alternate-prototype handler receives: the canonical arguments at `offsets`, in its order.
 *
 * ## Example
 * ```ts
 * pick([state, msg, data, eom], [0, 1, 2]); // [state, msg, data]
 * ```
 */
function pick(args: readonly unknown[], offsets: readonly number[]): unknown[] {
  const out = new Array<unknown>(offsets.length);
  for (let i = 0; i < offsets.length; i++) out[i] = args[offsets[i]];
  return out;
}

/** The event/hook type a handler sees: the canonical one, or its alternate prototype's parameters (for tracing). */
function handlerType(canon: FuncType, offsets: readonly number[] | undefined, narrowed?: ReadonlyMap<number, Type>): FuncType {
  const t = offsets === undefined ? canon : { ...canon, params: offsets.map(o => canon.params[o]) };
  return narrowed === undefined ? t : { ...t, params: t.params.map((p, i) => (narrowed.has(i) ? { ...p, type: narrowed.get(i)! } : p)) };
}

/** A handler body whose `any` parameters it narrowed (see the checker's `narrowed`) gets those arguments unboxed. */
function withNarrowedArgs<R>(body: (args: unknown[]) => R, narrowed: ReadonlyMap<number, Type> | undefined): (args: unknown[]) => R {
  if (narrowed === undefined) return body;
  const at = [...narrowed.keys()];
  return (args) => {
    const a = args.slice();
    for (const i of at) if (R.isAnyValue(a[i])) a[i] = (a[i] as R.AnyValue).value;
    return body(a);
  };
}
