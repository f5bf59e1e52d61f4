/**
 * Math built-ins of Zeek's zeek.bif: `floor`, `ceil`, `sqrt`, `exp`, `ln`, `log10`, `log2`, `pow`
 * (Zeek test bifs.math) and `haversine_distance`. All take and return `double`; they are the C library functions.
 */
import { T } from '../types';
import { builtin, type Builtin } from './builtin';

const unary = (f: (x: number) => number): Builtin => builtin([['d', T.double]], T.double, (_c, [d]) => f(Number(d)));

/**
 * Great-circle distance in miles by the haversine formula, as Zeek computes it.
 *
 * ## Example
 * ```ts
 * haversineMiles(90, 0, -90, 0); // ≈ 12436.8
 * ```
 */
export function haversineMiles(lat1: number, long1: number, lat2: number, long2: number): number {
  const PI = 3.14159;
  const RADIUS = 3958.7;
  const s1 = Math.sin(((lat2 - lat1) * PI) / 360);
  const s2 = Math.sin(((long2 - long1) * PI) / 360);
  const a = s1 * s1 + Math.cos((lat1 * PI) / 180) * Math.cos((lat2 * PI) / 180) * s2 * s2;
  return 2 * RADIUS * Math.asin(Math.sqrt(a));
}

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
  // Zeek's haversine_distance (test bifs.haversine_distance): great-circle miles between two
  // latitude/longitude points, with Zeek's constants (pi to 5 decimals, radius 3958.7 miles).
  haversine_distance: builtin(
    [['lat1', T.double], ['long1', T.double], ['lat2', T.double], ['long2', T.double]],
    T.double,
    (_c, [la1, lo1, la2, lo2]) => haversineMiles(Number(la1), Number(lo1), Number(la2), Number(lo2)),
  ),
  pow: builtin([['x', T.double], ['y', T.double]], T.double, (_c, [x, y]) => Math.pow(Number(x), Number(y))),
};
