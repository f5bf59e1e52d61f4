/**
 * The lowering pass's shared state and the pieces expressions and statements both need: function bodies
 * (frames, parameters, lambdas), table initialisation with `&default`, and the table access hooks that
 * expiration builds on.
 */
import * as R from '../../src/runtime';
import { FuncType, TableType, TableValue, Type } from '../../src/runtime';
import type { AttrNode, FuncNode } from '../ast';
import { lowerExpr } from './expressions';
import { Frame, RETURN, BREAK, Runtime, Ex } from './runtime';
import { copyValue } from './values';
import { lowerStmt } from './statements';

export interface Lowerer {
  rt: Runtime;
  /** Lowers a body once; `make(init)` then builds a JS function per closure instance. */
  lowerFunction(fn: FuncNode, ft: FuncType): (init?: (f: Frame) => void) => (...args: unknown[]) => unknown;
  /** Lowers a body to `(args) => completion` (event and hook bodies). */
  lowerBody(fn: FuncNode): (args: unknown[]) => { code: number; ret: unknown };
  /** A maker for a new table value of type `t` with the given attributes (`&default`, expiry). */
  tableInit(t: TableType, attrs: AttrNode[]): (f: Frame) => TableValue;
  /** An entry was read (`t[k]`, `k in t`): refreshes `&read_expire` access times. */
  tableRead(t: TableValue, entry: R.TableEntry<unknown>): void;
  /** An entry was inserted/replaced/removed. */
  tableChanged(t: TableValue, key: unknown): void;
}

/** A table value with the attribute behaviour the compiler attaches. */
export interface AttributedTable extends TableValue {
  defaultOf?: (index: unknown[]) => unknown;
}

const EMPTY_FRAME: Frame = { v: [], ret: undefined };

/**
 * Creates the lowering state for one program.
 *
 * ## Example
 * ```ts
 * const L = createLowerer(rt);
 * const f = L.lowerFunction(fnNode, fnType)(); // a callable JS function
 * ```
 */
export function createLowerer(rt: Runtime): Lowerer {
  const L: Lowerer = {
    rt,
    lowerFunction(fn, ft) {
      const body: Ex = lowerStmt(L, fn.body);
      const size = fn.frameSize ?? fn.params.length;
      const np = ft.params.length;
      return (init) => (...args: unknown[]) => {
        const f: Frame = { v: new Array(size), ret: undefined };
        for (let i = 0; i < np; i++) f.v[i] = args[i];
        if (init) init(f);
        body(f);
        return f.ret;
      };
    },
    lowerBody(fn) {
      const body: Ex = lowerStmt(L, fn.body);
      const size = fn.frameSize ?? fn.params.length;
      const np = fn.params.length;
      return (args) => {
        const f: Frame = { v: new Array(size), ret: undefined };
        for (let i = 0; i < np; i++) f.v[i] = args[i];
        const code = body(f);
        return { code, ret: f.ret };
      };
    },
    tableInit(t, attrs) {
      const def = attrs.find(a => a.name === 'default');
      if (!def || !def.expr) return () => (t.yield === undefined ? R.createSet() : R.createTable());
      const defEv = lowerExpr(L, def.expr);
      const isFunc = def.expr.type?.kind === 'function';
      const yieldType = t.yield as Type;
      return (f) => {
        const tv: AttributedTable = t.yield === undefined ? R.createSet() : R.createTable();
        if (isFunc) {
          const fn = defEv(f) as (...a: unknown[]) => unknown;
          tv.defaultOf = (index) => fn(...index);
        } else {
          // Aggregate defaults are fresh copies per miss (§7.5).
          tv.defaultOf = () => copyValue(defEv(EMPTY_FRAME), yieldType);
        }
        return tv;
      };
    },
    tableRead() {},
    tableChanged() {},
  };
  return L;
}

export { RETURN, BREAK };
