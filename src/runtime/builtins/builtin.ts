/**
 * The shape of a built-in function: a type descriptor for the checker and an
 * implementation receiving already-evaluated arguments.
 */
import type { BuiltinContext } from '../context';
import { enumType, funcType, recordType, tableType, T, vectorType, type FuncType, type Param, type Type } from '../types';

/**
 * Implementation of a built-in. `args` are the evaluated arguments (missing trailing
 * arguments with a `&default` may be `undefined`; the impl applies the default);
 * `types` are the arguments' *static* types at the call site, which `any`-typed and
 * variadic parameters need (count, time and interval are all JS numbers).
 */
export type BuiltinImpl = (ctx: BuiltinContext, args: unknown[], types: readonly Type[]) => unknown;

export interface Builtin {
  /** Parameters, return type (`yield`), `varargs` for `fmt`-like functions. */
  readonly type: FuncType;
  readonly impl: BuiltinImpl;
}

/** `[name, type]` or `[name, type, default]` (the default is a constant value). */
export type ParamSpec = [string, Type] | [string, Type, unknown];

/**
 * Declares a built-in.
 *
 * ## Example
 * ```ts
 * const to_lower = builtin([['s', T.string]], T.string, (_c, [s]) => asciiLower(s as string));
 * ```
 */
export function builtin(params: ParamSpec[], ret: Type | undefined, impl: BuiltinImpl, varargs = false): Builtin {
  const ps: Param[] = params.map((p) => (p.length === 3 ? { name: p[0], type: p[1], default: p[2] } : { name: p[0], type: p[1] }));
  return { type: funcType('function', ps, ret, varargs), impl };
}

/**
 * `transport_proto`: `unknown_transport`, `tcp`, `udp`, `icmp` (Zeek's init-bare.zeek).
 *
 * ## Example
 * ```ts
 * TRANSPORT_PROTO.byName.get('udp'); // 2
 * ```
 */
export const TRANSPORT_PROTO = enumType('transport_proto', ['unknown_transport', 'tcp', 'udp', 'icmp']);

/**
 * `string_vec`: `vector of string`.
 *
 * ## Example
 * ```ts
 * typeToString(STRING_VEC); // 'vector of string'
 * ```
 */
export const STRING_VEC = vectorType(T.string);

/**
 * `string_array` (legacy): `table[count] of string`.
 *
 * ## Example
 * ```ts
 * typeToString(STRING_ARRAY); // 'table[count] of string'
 * ```
 */
export const STRING_ARRAY = tableType([T.count], T.string);

/**
 * `index_vec`: `vector of count`.
 *
 * ## Example
 * ```ts
 * typeToString(INDEX_VEC); // 'vector of count'
 * ```
 */
export const INDEX_VEC = vectorType(T.count);

/**
 * Zeek's `id_info` (the value type of `global_ids()`; also declared in policy/init-bare.bro).
 *
 * ## Example
 * ```ts
 * typeToString(ID_INFO); // 'id_info'
 * ```
 */
export const ID_INFO = recordType(
  [
    { name: 'type_name', type: T.string },
    { name: 'exported', type: T.bool },
    { name: 'constant', type: T.bool },
    { name: 'enum_constant', type: T.bool },
    { name: 'option_value', type: T.bool },
    { name: 'redefinable', type: T.bool },
    { name: 'broker_backend', type: T.bool },
    { name: 'value', type: T.any, optional: true },
  ],
  'id_info',
);

/** `table[string] of id_info`. */
export const ID_TABLE = tableType([T.string], ID_INFO);

/**
 * Zeek's `record_field` (the value type of `record_fields()`; also declared in policy/init-bare.bro):
 * the field's type name, `&log`, its value in the record given (if set), its `&default`, `&optional`.
 *
 * ## Example
 * ```ts
 * typeToString(RECORD_FIELD); // 'record_field'
 * ```
 */
export const RECORD_FIELD = recordType(
  [
    { name: 'type_name', type: T.string },
    { name: 'log', type: T.bool },
    { name: 'value', type: T.any, optional: true },
    { name: 'default_val', type: T.any, optional: true },
    { name: 'optional', type: T.bool },
  ],
  'record_field',
);

/** `record_field_table`: `table[string] of record_field`. */
export const RECORD_FIELD_TABLE = tableType([T.string], RECORD_FIELD);

/**
 * Zeek's `from_json_result` (the result of `from_json()`; also declared in policy/init-bare.bro).
 *
 * ## Example
 * ```ts
 * typeToString(FROM_JSON_RESULT); // 'from_json_result'
 * ```
 */
export const FROM_JSON_RESULT = recordType(
  [
    { name: 'v', type: T.any, optional: true },
    { name: 'valid', type: T.bool },
    { name: 'err', type: T.string, optional: true },
  ],
  'from_json_result',
);
