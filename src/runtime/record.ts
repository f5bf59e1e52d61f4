/**
 * `record` values (language.md §2.9): plain JS objects whose properties are the Bro
 * field names; an unset field is `undefined`. The type descriptor gives field order,
 * `&optional` and `&default`.
 */
import { runtimeError } from './errors';
import { createSet, createTable } from './table';
import { RecordField, RecordType, recordField } from './types';

/** A record value. */
export type RecordValue = Record<string, unknown>;

/**
 * Record values that keep the anonymous type of the bare constructor `[$a = 1, ...]` they were built with
 * although they sit in a variable of a named type: Zeek converts a record only when the types differ, and a
 * named type with exactly the constructor's fields does not, so `type_name(u)` says `record { c:count; ... }`
 * (language.md §10.6, Zeek test bifs.type_name). Only that case is recorded; every other record's type is
 * its static type.
 */
const ANONYMOUS_TYPES = new WeakMap<RecordValue, RecordType>();

/**
 * Remembers that `r` keeps the anonymous record type `t`.
 *
 * ## Example
 * ```ts
 * keepAnonymousType(r, recordType([{ name: 'c', type: T.count }]));
 * ```
 */
export function keepAnonymousType(r: RecordValue, t: RecordType): RecordValue {
  ANONYMOUS_TYPES.set(r, t);
  return r;
}

/**
 * The anonymous record type `r` kept (see {@link keepAnonymousType}), if any.
 *
 * ## Example
 * ```ts
 * keptAnonymousType(r)?.name; // undefined: anonymous
 * ```
 */
export function keptAnonymousType(r: unknown): RecordType | undefined {
  return typeof r === 'object' && r !== null ? ANONYMOUS_TYPES.get(r as RecordValue) : undefined;
}

/**
 * Creates a record: given fields from `init`, the others from their `&default`
 * (evaluated now) or unset. Fields are created in declaration order (stable hidden class).
 *
 * ## Example
 * ```ts
 * createRecord(Peer, { host: '1.2.3.4' }); // { host: '1.2.3.4', port_: 80/tcp, note: undefined }
 * ```
 */
export function createRecord(t: RecordType, init?: Record<string, unknown>): RecordValue {
  const r: RecordValue = {};
  for (const f of t.fields) {
    const given = init ? init[f.name] : undefined;
    r[f.name] = given !== undefined ? given : f.default ? f.default() : f.optional ? undefined : implicitEmpty(f);
  }
  return r;
}

/**
 * The value a mandatory field without `&default` starts with: Zeek gives a table, set or vector field an empty
 * container (language.rec-comp-init: `[a={ }, b={ }, c=[]]`) and a record field that record with its own
 * defaults; any other type stays unset.
 *
 * ## Example
 * ```ts
 * implicitEmpty({ name: 'c', type: vectorType(T.string), optional: false }); // []
 * ```
 */
export function implicitEmpty(f: RecordField): unknown {
  const k = f.type.kind;
  if (k === 'vector') return [];
  if (k === 'table') return f.type.yield === undefined ? createSet() : createTable();
  if (k === 'record') return implicitRecord(f.type);
  return undefined;
}

/** Record types being filled in right now: a type that (wrongly) holds itself as a mandatory field stops there. */
const FILLING = new Set<RecordType>();

// A mandatory record field starts as that record with its own defaults (language.copy-cycle: `local x: A;`
// then `x$y$x = x` with `y: B`), as Zeek creates one for it.
function implicitRecord(t: RecordType): RecordValue | undefined {
  if (FILLING.has(t)) return undefined;
  FILLING.add(t);
  try {
    return createRecord(t);
  } finally {
    FILLING.delete(t);
  }
}

/**
 * `r$f`: the field's value; an unset field is the run-time error "field value missing".
 *
 * ## Example
 * ```ts
 * recordGet({ a: 1 }, 'a'); // 1
 * ```
 */
export function recordGet(r: RecordValue, field: string): unknown {
  const v = r[field];
  if (v === undefined) runtimeError(`field value missing`);
  return v;
}

/**
 * `r?$f`: whether the field currently has a value.
 *
 * ## Example
 * ```ts
 * recordHas({ a: undefined }, 'a'); // false
 * ```
 */
export function recordHas(r: RecordValue, field: string): boolean {
  return r[field] !== undefined;
}

/**
 * `delete r$f`: unsets an `&optional` field or resets a `&default` field to its default.
 *
 * ## Example
 * ```ts
 * recordDelete(x, X, 'b'); // x.b is 5 again
 * ```
 */
export function recordDelete(r: RecordValue, t: RecordType, field: string): void {
  const f = recordField(t, field);
  r[field] = f?.default ? f.default() : undefined;
}

/**
 * Extends existing record values after `redef record R += {...}` would leave new fields
 * missing: fills them from their defaults (used when a global record predates the redef).
 *
 * ## Example
 * ```ts
 * recordFillNewFields(r, R);
 * ```
 */
export function recordFillNewFields(r: RecordValue, t: RecordType): void {
  for (const f of t.fields) if (!(f.name in r)) r[f.name] = f.default ? f.default() : f.optional ? undefined : implicitEmpty(f);
}
