/**
 * Math built-ins of Zeek's zeek.bif: `floor`, `ceil`, `sqrt`, `exp`, `ln`, `log10`, `log2`, `pow`
 * (Zeek test bifs.math). All take and return `double`; they are the C library functions.
 */
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

const unary = (f: (x: number) => number): Builtin => builtin([['d', T.double]], T.double, (_c, [d]) => f(Number(d)));

/**
 * Math built-ins.
 *
 * ## Example
 * ```ts
 * MATH_BUILTINS.ceil.impl(ctx, [-3.14], [T.double]);      // -3
 * MATH_BUILTINS.pow.impl(ctx, [2, 10], [T.double, T.double]); // 1024
 * ```
 */
export const MATH_BUILTINS: Record<string, Builtin> = {
  floor: unary(Math.floor),
  ceil: unary(Math.ceil),
  // Zeek reports a negative argument and returns -1 rather than NaN.
  sqrt: builtin([['x', T.double]], T.double, (c, [x]) => {
    const d = Number(x);
    if (d < 0) {
      c.error('negative sqrt argument');
      return -1.0;
    }
    return Math.sqrt(d);
  }),
  exp: unary(Math.exp),
  ln: unary(Math.log),
  log10: unary(Math.log10),
  log2: unary(Math.log2),
  pow: builtin([['x', T.double], ['y', T.double]], T.double, (_c, [x, y]) => Math.pow(Number(x), Number(y))),
};
