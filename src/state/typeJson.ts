/**
 * Script types as JSON, so a state file can be read (`rxbro -x`) without the scripts that wrote it
 * (docs/state-format.md, "Types").
 */
import { atomicType, enumType, funcType, recordType, setType, tableType, typeToString, vectorType, type Type } from '../runtime/types';

/** A type in the state file: an atomic kind name, or an object for the constructed types. */
export type TypeJson =
  | string
  | { set: TypeJson[] }
  | { table: TypeJson[]; of: TypeJson }
  | { vector: TypeJson }
  | { record: string | null; fields?: { name: string; type: TypeJson; optional?: true }[] }
  | { enum: string | null }
  | { other: string };

/**
 * Describes `t` as JSON. A record met again inside itself is written by name only (`fields`
 * absent), which is enough to render and decode it from the outer description.
 *
 * ## Example
 * ```ts
 * typeToJson(setType([T.string]));          // { set: ['string'] }
 * typeToJson(tableType([T.addr], T.count)); // { table: ['addr'], of: 'count' }
 * ```
 */
export function typeToJson(t: Type, open: Set<Type> = new Set()): TypeJson {
  switch (t.kind) {
    case 'table':
      return t.yield === undefined
        ? { set: t.index.map((x) => typeToJson(x, open)) }
        : { table: t.index.map((x) => typeToJson(x, open)), of: typeToJson(t.yield, open) };
    case 'vector':
      return { vector: typeToJson(t.elem, open) };
    case 'record': {
      if (open.has(t)) return { record: t.name ?? null };
      open.add(t);
      const fields = t.fields.map((f) => ({ name: f.name, type: typeToJson(f.type, open), ...(f.optional ? { optional: true as const } : {}) }));
      open.delete(t);
      return { record: t.name ?? null, fields };
    }
    case 'enum':
      return { enum: t.name ?? null };
    case 'function':
    case 'event':
    case 'hook':
    case 'file':
    case 'opaque':
      return { other: typeToString(t) };
    default:
      return t.kind;
  }
}

/**
 * Rebuilds a type from its JSON description (enums get no constants: their values are names
 * already; function-like types become an empty `function` type, whose values are never stored).
 * Throws a plain `Error` naming what is wrong.
 *
 * ## Example
 * ```ts
 * typeToString(typeFromJson({ set: ['string'] })); // 'set[string]'
 * ```
 */
export function typeFromJson(j: unknown, records: Map<string, Type> = new Map()): Type {
  if (typeof j === 'string') {
    const a = atomicType(j);
    if (!a) throw new Error(`unknown type ${JSON.stringify(j)}`);
    return a;
  }
  if (j === null || typeof j !== 'object' || Array.isArray(j)) throw new Error('bad type description');
  const o = j as Record<string, unknown>;
  if (Array.isArray(o.set)) return setType(o.set.map((x) => typeFromJson(x, records)));
  if (Array.isArray(o.table)) return tableType(o.table.map((x) => typeFromJson(x, records)), typeFromJson(o.of, records));
  if ('vector' in o) return vectorType(typeFromJson(o.vector, records));
  if ('record' in o) {
    const name = typeof o.record === 'string' ? o.record : undefined;
    if (!Array.isArray(o.fields)) {
      const known = name !== undefined ? records.get(name) : undefined;
      if (!known) throw new Error(`record type ${name ?? '?'} used before its description`);
      return known;
    }
    const rt = recordType([], name);
    if (name !== undefined) records.set(name, rt);
    for (const f of o.fields as Record<string, unknown>[]) {
      if (typeof f?.name !== 'string') throw new Error('record field without a name');
      rt.fields.push({ name: f.name, type: typeFromJson(f.type, records), optional: f.optional === true });
    }
    return rt;
  }
  if ('enum' in o) return enumType(typeof o.enum === 'string' ? o.enum : undefined, []);
  if (typeof o.other === 'string') return funcType('function', []);
  throw new Error('bad type description');
}
