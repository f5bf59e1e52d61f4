/**
 * The lowering pass's shared state and the pieces expressions and statements both need: function bodies
 * (frames, parameters, lambdas), table initialisation with `&default`, and the table access hooks that
 * expiration builds on.
 */
import { V } from './runtimeValues';
import { FuncType, TableType, TableValue, Type } from '../../src/runtime';
import type { AttrNode, FuncNode } from '../ast';
import { lowerExpr } from './expressions';
import { Frame, RETURN, BREAK, Runtime, Ex, TraceCall, traced } from './runtime';
import { copyValue } from './values';
import { makeExpiring, ScriptTable, TableHost } from './tables';
import { lowerStmt } from './statements';

export interface Lowerer {
  rt: Runtime;
  /**
   * Compile in the tracer/debugger hooks (statement hook, call/return hooks, call depth). Decided once per
   * compilation (`-t`/`-d`), so an ordinary run's closures carry no hook tests at all.
   */
  instrument: boolean;
  /** Lowers a body once; `make(init)` then builds a JS function per closure instance. */
  lowerFunction(fn: FuncNode, ft: FuncType): (init?: (f: Frame) => void) => (...args: unknown[]) => unknown;
  /** Lowers a body to `(args) => completion code` (event and hook bodies; `ft` names it for tracing). */
  lowerBody(fn: FuncNode, ft?: FuncType): (args: unknown[]) => number;
  /** A maker for a new table value of type `t` with the given attributes (`&default`, expiry). */
  tableInit(t: TableType, attrs: AttrNode[]): (f: Frame) => TableValue;
  /** Attaches attributes (`&default`, expiry) to an existing table value (initialised globals). */
  tableAttrs(t: TableType, attrs: AttrNode[]): (tv: TableValue, f: Frame) => TableValue;
  /** Expiry settings shared by the program's tables. */
  tables: TableHost;
}

/** A table value with the attribute behaviour the compiler attaches. */
export type AttributedTable = ScriptTable;

const EMPTY_FRAME: Frame = { v: [], ret: undefined };

/**
 * Creates the lowering state for one program.
 *
 * ## Example
 * ```ts
 * const L = createLowerer(rt, false);
 * const f = L.lowerFunction(fnNode, fnType)(); // a callable JS function
 * ```
 */
export function createLowerer(rt: Runtime, instrument: boolean): Lowerer {
  const L: Lowerer = {
    rt,
    instrument,
    lowerFunction(fn, ft) {
      const body: Ex = lowerStmt(L, fn.body);
      const size = fn.frameSize ?? fn.params.length;
      const np = ft.params.length;
      if (!L.instrument) {
        return (init) => (...args: unknown[]) => {
          const f: Frame = { v: new Array(size), ret: undefined };
          for (let i = 0; i < np; i++) f.v[i] = args[i];
          if (init) init(f);
          body(f);
          return f.ret;
        };
      }
      const name = fn.name ?? '<anonymous-function>';
      const lastLine = bodyLastLine(rt, fn);
      return (init) => (...args: unknown[]) => {
        const f: Frame = { v: new Array(size), ret: undefined };
        for (let i = 0; i < np; i++) f.v[i] = args[i];
        if (init) init(f);
        if (rt.trace === undefined) {
          body(f);
          return f.ret;
        }
        const call: TraceCall = { kind: 'function', name, params: ft.params.map((p, i) => ({ name: p.name, type: p.type, value: args[i] })), pos: fn.pos, depth: rt.depth, frame: f, locals: fn.locals, lastLine };
        traced(rt, call, ft.yield, () => body(f), () => f.ret);
        return f.ret;
      };
    },
    lowerBody(fn, ft) {
      const body: Ex = lowerStmt(L, fn.body);
      const size = fn.frameSize ?? fn.params.length;
      const np = fn.params.length;
      if (!L.instrument) {
        return (args) => {
          const f: Frame = { v: new Array(size), ret: undefined };
          for (let i = 0; i < np; i++) f.v[i] = args[i];
          return body(f);
        };
      }
      const name = ft?.name ?? fn.name ?? '<body>';
      const types = ft?.params.map(p => p.type) ?? [];
      const lastLine = bodyLastLine(rt, fn);
      return (args) => {
        const f: Frame = { v: new Array(size), ret: undefined };
        for (let i = 0; i < np; i++) f.v[i] = args[i];
        if (rt.trace === undefined) return body(f);
        const call: TraceCall = { kind: fn.kind, name, params: fn.params.map((p, i) => ({ name: p.name, type: types[i] ?? V.T.any, value: args[i] })), pos: fn.pos, depth: rt.depth, frame: f, locals: fn.locals, lastLine };
        return traced(rt, call, undefined, () => body(f), () => undefined);
      };
    },
    tableInit(t, attrs) {
      const attach = L.tableAttrs(t, attrs);
      return (f) => attach(t.yield === undefined ? V.createSet() : V.createTable(), f);
    },
    tableAttrs(t, attrs) {
      const def = attrs.find(a => a.name === 'default') ?? attrs.find(a => a.name === 'default_insert');
      const defaultInsert = def?.name === 'default_insert';
      const changeAttr = attrs.find(a => a.name === 'on_change');
      const changeEv = changeAttr?.expr ? lowerExpr(L, changeAttr.expr) : undefined;
      const expAttr = attrs.find(a => a.name === 'create_expire') ?? attrs.find(a => a.name === 'write_expire') ?? attrs.find(a => a.name === 'read_expire');
      const funcAttr = attrs.find(a => a.name === 'expire_func');
      const expEv = expAttr?.expr ? lowerExpr(L, expAttr.expr) : undefined;
      const funcEv = funcAttr?.expr ? lowerExpr(L, funcAttr.expr) : undefined;
      const kind = expAttr ? (expAttr.name.replace('_expire', '') as 'create' | 'write' | 'read') : undefined;
      const defEv = def?.expr ? lowerExpr(L, def.expr) : undefined;
      const isFunc = def?.expr?.type?.kind === 'function';
      const yieldType = t.yield as Type;
      return (tv: AttributedTable, f: Frame) => {
        if ((expEv && kind) || changeEv) {
          makeExpiring(L.tables, tv, {
            kind, interval: expEv ? () => expEv(EMPTY_FRAME) as number : undefined,
            func: funcEv ? (funcEv(f) as (...a: unknown[]) => unknown) : undefined,
            onChange: changeEv ? (changeEv(f) as (...a: unknown[]) => unknown) : undefined,
          });
        }
        if (defaultInsert) tv.defaultInsert = true;
        if (defEv && isFunc) {
          const fn = defEv(f) as (...a: unknown[]) => unknown;
          tv.defaultOf = (index) => fn(...index);
        } else if (defEv) {
          // Aggregate defaults are fresh copies per miss (§7.5).
          tv.defaultOf = () => copyValue(defEv(EMPTY_FRAME), yieldType);
        }
        return tv;
      };
    },
    tables: { rt, tunables: {}, start: 0, deferred: undefined },
  };
  return L;
}

/**
 * The line Bro 1.5 reports as a function's location in trace lines (engine.md §6.8): the last line of the
 * body's last statement.
 *
 * ## Example
 * ```ts
 * bodyLastLine(rt, fn); // 5 for a body whose last statement ends on line 5
 * ```
 */
export function bodyLastLine(rt: Runtime, fn: FuncNode): number {
  const b = fn.body;
  const last = b.k === 'block' && b.stmts.length > 0 ? b.stmts[b.stmts.length - 1] : b;
  const src = rt.sources.get(last.pos.file);
  if (src === undefined) return last.pos.line;
  let line = last.pos.line;
  // `end` is exclusive; a closing brace on its own line belongs to the statement.
  for (let i = last.pos.offset; i < last.end - 1 && i < src.length; i++) if (src.charCodeAt(i) === 10) line++;
  return line;
}

export { RETURN, BREAK };
