/**
 * The per-program state lowered closures share: the attached context, the statement hook, error reporting with
 * source positions (language.md §2.14), and pending `when` triggers.
 */
import { BroRuntimeError } from '../../src/runtime/errors';
import { createReporter, report, type Reporter } from '../../src/runtime/reporter';
import type { Type } from '../../src/runtime';
import type { Pos } from '../diagnostics';
import type { ScriptContext } from '../ScriptContext';

/** A body's local storage: one slot per local; `ret` carries a `return` value out of nested statements. */
export interface Frame {
  v: unknown[];
  ret: unknown;
}

/** Statement completion codes: how control leaves a statement. */
export const NORMAL = 0;
export const BREAK = 1;
export const NEXT = 2;
export const RETURN = 3;
export const FALLTHROUGH = 4;
export type Completion = 0 | 1 | 2 | 3 | 4;

export type Ev = (f: Frame) => unknown;
export type Ex = (f: Frame) => Completion;

/** A run-time error with the position and text of the expression that raised it. */
export interface Located {
  pos: Pos;
  text: string;
  /** The source text of the whole span when `text` is a rendering of it (a built-in call), for `lines N-M`. */
  span?: string;
}

/** The delayed result of a function that executed `return when` (§8.5). */
export class Pending {
  done = false;
  value: unknown = undefined;
}

/** Thrown while evaluating a `when` condition that waits for a delayed result: the condition is "not yet". */
export class Deferred {
  static readonly instance = new Deferred();
}

/** The `when` condition being evaluated: caches delayed call results across re-evaluations. */
export interface WhenEval {
  cache: Map<object, Pending>;
}

/** One call as a tracer sees it (engine.md §6.8: `event called: name(p = 'v')`). */
export interface TraceCall {
  kind: 'function' | 'event' | 'hook' | 'builtin';
  name: string;
  /** Declared parameters with the values passed; extra built-in arguments are named `vararg0`, ... */
  params: { name: string; type: Type; value: unknown }[];
  /** Where the body is defined (undefined for built-ins). */
  pos: Pos | undefined;
  /** Script call frames active below this one (0 for a handler called from the event loop). */
  depth: number;
  /** Script bodies: the body's frame, for a debugger's `print` in that frame. */
  frame?: Frame;
  /** Script bodies: the body's locals (parameters first) by name, with their types and frame slots. */
  locals?: readonly LocalInfo[];
  /** Script bodies: last line of the body's last statement (Bro's location of a function, engine.md §6.8). */
  lastLine?: number;
}

/** A local variable of a body as tools see it. */
export interface LocalInfo { name: string; type: Type; slot: number }

/**
 * Hooks for an execution tracer (`-t`) or debugger (`-d`). They are called only from code compiled with
 * `instrument: true` (compiler `CompileOptions`); a program compiled without it has no hook tests at all.
 */
export interface TraceHooks {
  /**
   * Before each statement; `depth` is the number of script bodies running (0 at top level), `end` the source
   * offset where the statement ends.
   */
  statement?(pos: Pos, depth: number, end: number): void;
  /** A function, event or hook body (or a built-in) is entered. */
  call?(call: TraceCall): void;
  /** It returned (`value` undefined for bodies without a result). */
  ret?(call: TraceCall, value: unknown, type: Type | undefined): void;
}

export interface Runtime {
  /** The `when` trigger engine (operators/), created at attach. */
  whens: import('../../operators').WhenEngine | undefined;
  /** While a `when` condition is evaluated: registers what it reads (globals by name, aggregates by identity). */
  watch: ((dep: object | string) => void) | undefined;
  /** Reports an assignment to a global (by name) or a mutation of an aggregate to waiting triggers. */
  notify: (dep: object | string) => void;
  /** The run's DNS resolver (src/dns), once a lookup needed it; its ready answers are delivered per drain. */
  dns: { deliverReady(): number } | undefined;
  /** Tracer hooks, when installed. */
  trace: TraceHooks | undefined;
  /** Script call depth (maintained only by instrumented code). */
  depth: number;
  /** Set while a `when` condition is being evaluated (only there may a call's result be delayed). */
  whenEval: WhenEval | undefined;
  ctx: ScriptContext;
  /** The run's reporter (the context's, or one writing to its stderr); set by `attach`. */
  reporter: Reporter;
  /** Called with each statement's position before it runs, when set (instrumented code only). */
  onStatement: ((pos: Pos, end: number) => void) | undefined;
  /** Run-time errors reported so far (for "errors occurred while initializing"). */
  errors: number;
  /** file name → source text, for expression descriptions in error messages. */
  sources: Map<string, string>;
  /** The program's global scope by full name (globals, functions, events, types), for `lookup_ID`, `global_ids`, `record_type_to_vector`. */
  scope: ReadonlyMap<string, ScopeEntry> | undefined;
  /** Module names, `GLOBAL` first (for `global_ids()`). */
  modules?: readonly string[];
}

/** What the scope built-ins need of a global symbol. */
export type ScopeEntry =
  | { kind: 'global'; name: string; type: Type; storage: string; redef: boolean; exported: boolean; cell: { v: unknown } }
  | { kind: 'type'; name: string; type: Type }
  | { kind: string; name: string; type?: Type };

export function createRuntime(sources: Map<string, string>): Runtime {
  return { ctx: undefined as unknown as ScriptContext, reporter: undefined as unknown as Reporter, onStatement: undefined, errors: 0, sources, whenEval: undefined, trace: undefined, depth: 0, whens: undefined, watch: undefined, notify: () => undefined, dns: undefined, scope: undefined };
}

const LOC = Symbol('broLocation');

/** Attaches the innermost expression's location to a run-time error (outer wrappers keep it). */
export function locate(err: unknown, pos: Pos, end: number, rt: Runtime): unknown {
  if (err instanceof BroRuntimeError && !(err as unknown as Record<symbol, unknown>)[LOC]) {
    const src = rt.sources.get(pos.file) ?? '';
    const loc: Located = { pos, text: src.slice(pos.offset, end) };
    (err as unknown as Record<symbol, unknown>)[LOC] = loc;
  }
  return err;
}

/**
 * Runs `body` as a traced call: `call`/`ret` hooks around it and the depth counter maintained.
 *
 * ## Example
 * ```ts
 * if (rt.trace) return traced(rt, { kind: 'function', name, params, pos, depth: rt.depth }, ft.yield, () => run());
 * ```
 */
export function traced<R>(rt: Runtime, call: TraceCall, type: Type | undefined, body: () => R, result: (r: R) => unknown = (r) => r): R {
  const tr = rt.trace!;
  tr.call?.(call);
  rt.depth++;
  let r: R;
  try {
    r = body();
  } finally {
    rt.depth--;
  }
  tr.ret?.(call, result(r), type);
  return r;
}

/**
 * Reports a run-time error as Zeek does: `expression error in FILE, line N: MESSAGE (EXPR)` (Zeek's
 * ExprRuntimeError), or `error in ...` for a statement error. Non-script errors (bugs) are re-thrown.
 *
 * ## Example
 * ```ts
 * try { body(f); } catch (e) { reportError(rt, e); }
 * ```
 */
export function reportError(rt: Runtime, err: unknown): void {
  if (!(err instanceof BroRuntimeError)) throw err;
  rt.errors++;
  const loc = (err as unknown as Record<symbol, Located | undefined>)[LOC];
  const what = err.kind === 'expression' ? 'expression error' : 'error';
  if (loc) report(rt.reporter, 'error', what, `${err.message}${loc.text ? ` (${loc.text})` : ''}`, locationText(loc.pos, loc.text));
  else report(rt.reporter, 'error', 'error', err.message);
}

/**
 * A source span as the reporter names it (Zeek's Location::Describe): `FILE, line N`, or `FILE, lines N-M`
 * when `text` (the span's source text) runs over several lines.
 *
 * ## Example
 * ```ts
 * locationText({ file: 'x.zeek', line: 3, col: 1, offset: 20 });            // "x.zeek, line 3"
 * locationText({ file: 'x.zeek', line: 3, col: 1, offset: 20 }, 'f(1,\n2)'); // "x.zeek, lines 3-4"
 * ```
 */
export function locationText(pos: Pos, text = ''): string {
  let last = pos.line;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) last++;
  return last === pos.line ? `${pos.file}, line ${pos.line}` : `${pos.file}, lines ${pos.line}-${last}`;
}

/**
 * The reporter a program attached to `ctx` uses: the engine's when it supplies one, else one that writes to
 * the context's stderr (tests, the REPL).
 *
 * ## Example
 * ```ts
 * rt.reporter = reporterFor(ctx);
 * ```
 */
export function reporterFor(ctx: ScriptContext): Reporter {
  return ctx.reporter ?? createReporter((s) => ctx.stderr(s), () => ctx.scheduler.networkTime);
}
