/**
 * `any` values (language.md §2.12): a value boxed with its dynamic type.
 *
 * Representation: `{ anyType, value }`. Boxing is needed because several Bro types
 * share a JS representation (count/time/interval are all numbers). The compiler boxes
 * when a value flows into an `any` slot (variable, parameter, container element) and
 * unboxes with `anyAs`/`anyIs` for `as`/`is`/type switches. Built-ins receive
 * varargs with their static types instead (see `BuiltinImpl`).
 */
import { keptAnonymousType } from './record';
import { runtimeError } from './errors';
import { sameType, Type, typeToString } from './types';

export interface AnyValue {
  readonly anyType: Type;
  readonly value: unknown;
}

/**
 * Boxes a value of static type `t` for an `any` slot (an already boxed value stays as is).
 *
 * ## Example
 * ```ts
 * boxAny(5, T.count); // { anyType: T.count, value: 5 }
 * ```
 */
export function boxAny(value: unknown, t: Type): AnyValue {
  if (t.kind === 'any' && isAnyValue(value)) return value;
  return { anyType: t, value };
}

/**
 * True if `v` is a boxed `any` value.
 *
 * ## Example
 * ```ts
 * isAnyValue(boxAny(1, T.count)); // true
 * ```
 */
export function isAnyValue(v: unknown): v is AnyValue {
  return typeof v === 'object' && v !== null && 'anyType' in v && 'value' in v;
}

/**
 * `v is T`.
 *
 * ## Example
 * ```ts
 * anyIs(boxAny(5, T.count), T.count); // true
 * ```
 */
export function anyIs(v: AnyValue, t: Type): boolean {
  return sameType(v.anyType, t);
}

/**
 * `v as T`: the unboxed value, or the run-time error
 * "invalid cast of value with type 'X' to type 'Y'".
 *
 * ## Example
 * ```ts
 * anyAs(boxAny('x', T.string), T.string); // 'x'
 * ```
 */
export function anyAs(v: AnyValue, t: Type): unknown {
  if (t.kind === 'any') return v;
  if (!sameType(v.anyType, t))
    // A record built by a bare constructor keeps its anonymous type (as `type_name` shows), and Zeek names that.
    runtimeError(`invalid cast of value with type '${typeToString((v.anyType.kind === 'record' && keptAnonymousType(v.value)) || v.anyType)}' to type '${typeToString(t)}'`);
  return v.value;
}

/**
 * Resolves a value and its static type to the dynamic pair (unboxing `any`).
 *
 * ## Example
 * ```ts
 * dynamicType(boxAny(5, T.count), T.any); // [5, T.count]
 * ```
 */
export function dynamicType(value: unknown, t: Type): [unknown, Type] {
  if (t.kind === 'any' && isAnyValue(value)) return [value.value, value.anyType];
  return [value, t];
}
