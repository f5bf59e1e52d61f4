/**
 * Compiles and runs one script expression against a running body's frame — the debugger's `print`/`set`
 * (engine.md §6.9): parsed, checked with the body's locals in scope, lowered with the program's own lowering
 * state, evaluated on the frame.
 */
import type { Type } from '../../src/runtime';
import { createChecker, newFn } from '../check/context';
import { checkExpr } from '../check/expressions';
import type { CheckedProgram } from '../check';
import { CompileError } from '../diagnostics';
import { createParseContext, parseExpressionText } from '../parser';
import { lowerExpr } from './expressions';
import type { Lowerer } from './lowerer';
import { Frame, LocalInfo, reportError } from './runtime';
import { BroRuntimeError } from '../../src/runtime/errors';

/** Where an expression is evaluated: a body's locals and its live frame (none: globals only). */
export interface EvalScope {
  locals?: readonly LocalInfo[];
  frame?: Frame;
}

/** The outcome: a value with its type, a compile or run-time error message, or no value (a `void` call). */
export type EvalResult = { value: unknown; type: Type } | { error: string } | { none: true };

/**
 * Evaluates `text` in `scope`. Built-in and function calls run untraced (tracer hooks are suspended).
 *
 * ## Example
 * ```ts
 * evaluateIn(L, checked, 'c$id', { locals, frame }); // { value: { orig_h: ..., ... }, type: conn_id }
 * evaluateIn(L, checked, 'x = 5', { locals, frame }); // assigns, { value: 5, type: count }
 * ```
 */
export function evaluateIn(L: Lowerer, checked: CheckedProgram, text: string, scope: EvalScope): EvalResult {
  const c = createChecker();
  c.syms = checked.syms;
  const fn = newFn('function');
  for (const l of scope.locals ?? []) fn.locals.set(l.name, { kind: 'local', name: l.name, type: l.type, slot: l.slot, isConst: false });
  fn.nextSlot = scope.frame ? scope.frame.v.length : 0;
  c.fn = fn;
  let ev;
  let type: Type;
  try {
    const e = parseExpressionText(text, createParseContext());
    type = checkExpr(c, e);
    const err = c.diagnostics.find((d) => d.severity === 'error');
    if (err) return { error: err.message };
    ev = lowerExpr(L, e);
  } catch (e) {
    if (e instanceof CompileError) return { error: e.diagnostic.message };
    throw e;
  }
  const frame = scope.frame ?? { v: [], ret: undefined };
  const rt = L.rt;
  const savedTrace = rt.trace;
  const savedStmt = rt.onStatement;
  rt.trace = undefined;
  rt.onStatement = undefined;
  try {
    const value = ev(frame);
    if (type.kind === 'void' || value === undefined) return { none: true };
    return { value, type };
  } catch (e) {
    if (e instanceof BroRuntimeError) return { error: e.message };
    reportError(rt, e);
    return { none: true };
  } finally {
    rt.trace = savedTrace;
    rt.onStatement = savedStmt;
  }
}
