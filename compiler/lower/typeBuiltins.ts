/**
 * Built-ins that take a type as a value (Zeek's `type` values): `enum_names(Color)` and `record_fields(R)`
 * (tests bifs.enum_names, bifs.records_fields, language.at-if-record). Both also accept the type's name as a
 * string, looked up in the program's global scope (`Runtime.scope`), and `record_fields` a record value.
 */
import * as R from '../../src/runtime';
import { Type } from '../../src/runtime';
import type { BuiltinContext } from '../../src/runtime';
import type { Runtime } from './runtime';

/** The type a type value, a type's name or a value stands for; `undefined` for an unknown name. */
function typeArgument(rt: Runtime, v: unknown, t: Type): { type: Type; value?: unknown } | undefined {
  const [val, vt] = R.dynamicType(v, t);
  if (R.isTypeValue(val)) return { type: val.typeValue };
  if (vt.kind === 'string') {
    const name = val as string;
    const s = rt.scope?.get(name) ?? rt.scope?.get(`GLOBAL::${name}`);
    return s && s.kind === 'type' && s.type ? { type: s.type } : undefined;
  }
  return { type: vt, value: val };
}

/**
 * `enum_names(et)`: the names of an enum type's constants (declaration order, `redef` additions after);
 * an empty set for anything that is not an enum type.
 *
 * ## Example
 * ```ts
 * enumNames(rt, { typeValue: colorType, name: 'Color' }, T.any); // set { 'RED', 'GREEN', 'BLUE' }
 * ```
 */
export function enumNames(rt: Runtime, v: unknown, t: Type): R.SetValue {
  const s = R.createSet();
  const a = typeArgument(rt, v, t);
  if (!a || a.value !== undefined || a.type.kind !== 'enum') return s;
  for (const name of a.type.byName.keys()) R.setAdd(s, name);
  return s;
}

/**
 * The type name `record_fields` shows for a field: `record NAME` for records, the container's shape for
 * sets, tables and vectors (`set[string]`, `table[count] of addr`, `vector of string`), else Zeek's tag name.
 *
 * ## Example
 * ```ts
 * fieldTypeName(vectorType(T.string)); // 'vector of string'
 * ```
 */
export function fieldTypeName(t: Type): string {
  switch (t.kind) {
    case 'record':
      return `record ${t.name ?? ''}`;
    case 'table': {
      const idx = t.index.map(fieldTypeName).join(',');
      return t.yield ? `table[${idx}] of ${fieldTypeName(t.yield)}` : `set[${idx}]`;
    }
    case 'vector':
      return `vector of ${fieldTypeName(t.elem)}`;
    case 'function':
    case 'event':
    case 'hook':
      return 'func';
    default:
      return t.kind;
  }
}

/**
 * `record_fields(rec)`: one `record_field` per field of a record value or record type, keyed by field name
 * (declaration order); with a value, `value` holds each set field. Anything else is the error
 * "non-record value/type passed to record_fields" and an empty table.
 *
 * ## Example
 * ```ts
 * recordFields(rt, c, { typeValue: connId, name: 'conn_id' }, T.any).map.size; // 4
 * ```
 */
export function recordFields(rt: Runtime, c: BuiltinContext, v: unknown, t: Type): R.TableValue {
  const out = R.createTable<unknown>();
  const a = typeArgument(rt, v, t);
  if (!a || a.type.kind !== 'record') {
    c.error('non-record value/type passed to record_fields', { located: false });
    return out;
  }
  const rec = a.value as Record<string, unknown> | undefined;
  for (const f of a.type.fields) {
    const fv = rec ? rec[f.name] : undefined;
    const def = f.default ? f.default() : undefined;
    const info = R.createRecord(R.RECORD_FIELD, {
      type_name: fieldTypeName(f.type),
      log: f.log === true,
      value: fv === undefined ? undefined : R.boxAny(fv, f.type),
      default_val: def === undefined ? undefined : R.boxAny(def, f.type),
      optional: f.optional,
    });
    out.map.set(f.name, { index: [f.name], value: info });
  }
  return out;
}
