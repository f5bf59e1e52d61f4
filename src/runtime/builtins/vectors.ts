/**
 * Vector built-ins of Zeek's zeek.bif: `sort` (in place), `order` (the sorting permutation) and `resize`
 * (tests bifs.sort, bifs.order). `sort` itself is called through the compiler (its result has the type of
 * its argument); both share {@link sortVector}'s rules.
 */
import { dynamicType, isAnyValue } from '../any';
import type { BuiltinContext } from '../context';
import { numCompare, type Integral } from '../numeric';
import { T, type Type } from '../types';
import { builtin, INDEX_VEC, type Builtin } from './builtin';

/** A script comparison function `function(a: T, b: T): int`, as a JS function. */
export type Comparator = (a: unknown, b: unknown) => Integral;

/** Without a comparison function only numeric elements sort (Zeek: integral or double internal types). */
function naturallyOrdered(elem: Type): boolean {
  return elem.kind === 'count' || elem.kind === 'int' || elem.kind === 'double' || elem.kind === 'time' || elem.kind === 'interval';
}

/** `[elements, element type]` of a vector argument, or undefined (after reporting) for anything else. */
function vectorArg(c: BuiltinContext, v: unknown, t: Type | undefined, name: string): [unknown[], Type] | undefined {
  const [val, dt] = dynamicType(v, t ?? T.any);
  if (dt.kind !== 'vector' || !Array.isArray(val)) {
    c.error(`${name}() requires vector`);
    return undefined;
  }
  return [val, dt.elem];
}

/** The JS comparator for `name`'s elements, or undefined (after reporting) when there is none. */
function comparatorFor(c: BuiltinContext, elem: Type, cmp: unknown, name: string): ((a: unknown, b: unknown) => number) | undefined {
  if (isAnyValue(cmp)) cmp = cmp.value;
  if (typeof cmp === 'function') return (a, b) => Number((cmp as Comparator)(a, b));
  if (!naturallyOrdered(elem)) {
    c.error(`${name}() requires comparison function for non-numeric types`);
    return undefined;
  }
  return (a, b) => numCompare(a as Integral, b as Integral);
}

/**
 * Sorts the vector `v` (static type `t`) in place, ascending or by `cmp`, and returns it. Elements that are
 * neither numbers nor ordered by a comparison function leave the vector unchanged after an error.
 *
 * ## Example
 * ```ts
 * sortVector(ctx, [5, 2, 8], vectorType(T.count)); // [2, 5, 8]
 * ```
 */
export function sortVector(c: BuiltinContext, v: unknown, t: Type | undefined, cmp?: unknown): unknown {
  const arg = vectorArg(c, v, t, 'sort');
  if (!arg) return v;
  const f = comparatorFor(c, arg[1], cmp, 'sort');
  if (f) arg[0].sort(f);
  // The vector itself (an `any`-typed argument arrives boxed).
  return arg[0];
}

/**
 * Vector built-ins kept in the registry (`sort` is the compiler's, see {@link sortVector}).
 *
 * ## Example
 * ```ts
 * VECTOR_BUILTINS.order.impl(ctx, [[5, 2, 8, 3]], [vectorType(T.count)]); // [1, 3, 0, 2]
 * ```
 */
export const VECTOR_BUILTINS: Record<string, Builtin> = {
  // Zeek's resize: new slots are unset, a smaller size drops the tail; returns the old size.
  resize: builtin([['aggr', T.any], ['newsize', T.count]], T.count, (c, [v, n], types) => {
    const arg = vectorArg(c, v, types[0], 'resize');
    if (!arg) return 0;
    const old = arg[0].length;
    arg[0].length = Number(n);
    return old;
  }),
  order: builtin(
    [['v', T.any]],
    INDEX_VEC,
    (c, [v, cmp], types) => {
      const arg = vectorArg(c, v, types[0], 'order');
      if (!arg) return [];
      const f = comparatorFor(c, arg[1], cmp, 'order');
      if (!f) return [];
      const elems = arg[0];
      return elems.map((_x, i) => i).sort((i, j) => f(elems[i], elems[j]) || i - j);
    },
    true,
  ),
};
