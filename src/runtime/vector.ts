/**
 * `vector` values (language.md §2.11): JS arrays; a hole is `undefined`.
 * `|v|` is `v.length` (highest assigned index + 1).
 */
import { runtimeError } from './errors';
import type { Integral } from './numeric';
import { sliceEnd, sliceStart } from './string';

/** A vector value. */
export type VectorValue = unknown[];

function idx(v: VectorValue, i: Integral): number {
  const k = typeof i === 'number' ? i : Number(i);
  return k < 0 ? k + v.length : k;
}

/**
 * `v[i]`: negative `i` counts from the end; beyond the end or a hole is the run-time
 * error "no such index".
 *
 * ## Example
 * ```ts
 * vectorGet([1, 2, 3], -1); // 3
 * ```
 */
export function vectorGet(v: VectorValue, i: Integral): unknown {
  const k = idx(v, i);
  const x = k >= 0 && k < v.length ? v[k] : undefined;
  if (x === undefined) runtimeError("no such index");
  return x;
}

/**
 * `v[i] = x`: assigning beyond the end extends the vector, leaving holes.
 *
 * ## Example
 * ```ts
 * const v: unknown[] = []; vectorSet(v, 4, 'World'); v.length; // 5
 * ```
 */
export function vectorSet(v: VectorValue, i: Integral, x: unknown): void {
  const k = idx(v, i);
  if (k < 0) runtimeError("no such index");
  if (k > v.length) {
    // Fill explicitly so the array stays packed (holey-but-dense is much faster in V8).
    for (let j = v.length; j < k; j++) v.push(undefined);
  }
  v[k] = x;
}

/**
 * `i in v`: a valid index holding a value.
 *
 * ## Example
 * ```ts
 * vectorHas([undefined, 1], 0); // false
 * ```
 */
export function vectorHas(v: VectorValue, i: Integral): boolean {
  const k = typeof i === 'number' ? i : Number(i);
  return k >= 0 && k < v.length && v[k] !== undefined;
}

/**
 * `v += x`: appends one element.
 *
 * ## Example
 * ```ts
 * vectorAppend(v, 'x');
 * ```
 */
export function vectorAppend(v: VectorValue, x: unknown): void {
  v.push(x);
}

/**
 * `v += w` with a vector of the same type: appends all of `w`'s elements.
 *
 * ## Example
 * ```ts
 * vectorAppendAll(v, ['a', 'b']);
 * ```
 */
export function vectorAppendAll(v: VectorValue, w: VectorValue): void {
  for (let i = 0; i < w.length; i++) v.push(w[i]);
}

/**
 * `v[i:j]` with the string slicing rules.
 *
 * ## Example
 * ```ts
 * vectorSlice([1, 2, 3, 4], 1, -1); // [2, 3]
 * ```
 */
export function vectorSlice(v: VectorValue, i?: Integral, j?: Integral): VectorValue {
  const a = sliceStart(v.length, i);
  const b = sliceEnd(v.length, j);
  return a < b ? v.slice(a, b) : [];
}

/**
 * The indexes holding values, ascending (what `for (i in v)` visits).
 *
 * ## Example
 * ```ts
 * vectorIndexes([undefined, 'a', 'b']); // [1, 2]
 * ```
 */
export function vectorIndexes(v: VectorValue): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.length; i++) if (v[i] !== undefined) out.push(i);
  return out;
}
