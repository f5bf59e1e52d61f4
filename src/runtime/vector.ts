/**
 * `vector` values (language.md §2.11): JS arrays; a hole is `undefined`.
 * `|v|` is `v.length` (highest assigned index + 1).
 */
import { runtimeError } from './errors';
import type { Integral } from './numeric';
import { sliceEnd, sliceStart } from './string';
import type { Type } from './types';

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
 * `v[i:j] = w`: replaces the elements the slice `v[i:j]` selects by all of `w`'s, in place, so the vector grows
 * or shrinks by the difference (Zeek's slice assignment; bounds as for reading a slice).
 *
 * ## Example
 * ```ts
 * const v = [1, 2, 3, 4, 5];
 * vectorAssignSlice(v, 2, 4, [9, 10, 11]); // v is [1, 2, 9, 10, 11, 5]
 * ```
 */
export function vectorAssignSlice(v: VectorValue, i: Integral | undefined, j: Integral | undefined, w: VectorValue): void {
  const a = sliceStart(v.length, i);
  const b = Math.max(a, sliceEnd(v.length, j));
  v.splice(a, b - a, ...w);
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

/** Vectors of a concrete element type seen through a `vector of any` parameter or variable, by array. */
const CONCRETE_ELEM = new WeakMap<VectorValue, Type>();

/**
 * Notes that `v`, a `vector of T`, is now also seen as a `vector of any` (Zeek: the vector keeps its own element
 * type), so what is stored through the `any` view can be unboxed to `T` (see `fitAnyElement`).
 *
 * ## Example
 * ```ts
 * markConcreteElement(counts, T.count);
 * ```
 */
export function markConcreteElement(v: VectorValue, elem: Type): void {
  CONCRETE_ELEM.set(v, elem);
}

/**
 * A value stored into a vector through a `vector of any` view: a vector of a concrete element type takes the
 * boxed value's plain value when the types agree, else it is the run-time error `message` (Zeek's words:
 * "incompatible vector element assignment" for `v[i] = x`, "type-checking failed in vector append" for
 * `v += x`); a real `vector of any` keeps the box.
 *
 * ## Example
 * ```ts
 * fitAnyElement(counts, boxAny(3, T.count), sameType); // 3
 * ```
 */
export function fitAnyElement(v: VectorValue, x: unknown, same: (a: Type, b: Type) => boolean, message = 'incompatible vector element assignment'): unknown {
  const elem = CONCRETE_ELEM.get(v);
  if (elem === undefined || typeof x !== 'object' || x === null || !('anyType' in x)) return x;
  const box = x as { anyType: Type; value: unknown };
  if (!same(box.anyType, elem)) runtimeError(message);
  return box.value;
}

/**
 * `v += w` where `w` is a `vector of any` and `v` a vector of concrete element type `elem`: every element's
 * dynamic type must be `elem`, and the plain values are appended; false (nothing appended) when one is not —
 * the caller reports Zeek's non-fatal "incompatible vector element assignment".
 *
 * ## Example
 * ```ts
 * vectorAppendUnboxed(counts, [boxAny(1, T.count)], T.count, sameType); // counts gains 1
 * ```
 */
export function vectorAppendUnboxed(v: VectorValue, w: VectorValue, elem: Type, same: (a: Type, b: Type) => boolean): boolean {
  const out: unknown[] = [];
  for (const x of w) {
    const box = x as { anyType?: Type; value?: unknown } | undefined;
    if (box && typeof box === 'object' && box.anyType) {
      if (!same(box.anyType, elem)) return false;
      out.push(box.value);
    } else out.push(x);
  }
  for (const x of out) v.push(x);
  return true;
}
