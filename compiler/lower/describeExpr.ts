/**
 * Expressions described the way Zeek's `Expr::Describe` does in run-time error messages
 * (`error in f.zeek, line 10: bad conversion to integer (to_int(not an int) and not an int)`): names as
 * written, constants by their value (strings raw, without quotes), calls as `f(a, b)`, binary operators with
 * spaces, `r$f`, `t[i]`. Anything else falls back to the source text.
 */
import * as R from '../../src/runtime';
import type { Expr } from '../ast';

const BINARY_SPACED = new Set(['+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||', 'in', '!in', '&', '|', '^', '<<', '>>']);

/**
 * Zeek's description of `e`; `source` is the text of the file it comes from (the fallback).
 *
 * ## Example
 * ```ts
 * describeExpr(callOf('to_int', constString('not an int')), src); // 'to_int(not an int)'
 * ```
 */
export function describeExpr(e: Expr, source: string): string {
  const d = (x: Expr) => describeExpr(x, source);
  switch (e.k) {
    case 'name':
      return e.name;
    case 'const':
      return e.type ? R.cat([e.value], [e.type]) : source.slice(e.pos.offset, e.end);
    case 'coerce':
      return d(e.expr);
    case 'call':
      return `${d(e.fn)}(${e.args.map(d).join(', ')})`;
    case 'field':
      return `${d(e.rec)}$${e.field}`;
    case 'hasField':
      return `${d(e.rec)}?$${e.field}`;
    case 'index':
      return `${d(e.target)}[${e.indices.map(d).join(', ')}]`;
    case 'unary':
      return `${e.op}${d(e.operand)}`;
    case 'binary':
      return BINARY_SPACED.has(e.op) ? `${d(e.left)} ${e.op} ${d(e.right)}` : source.slice(e.pos.offset, e.end);
    default:
      return source.slice(e.pos.offset, e.end);
  }
}
