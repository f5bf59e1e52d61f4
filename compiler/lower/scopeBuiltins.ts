/**
 * Built-ins that look into the program's global scope by name: `lookup_ID`, `global_ids`,
 * `record_type_to_vector` (Zeek tests bifs.lookup_ID, bifs.global_ids, bifs.record_type_to_vector). They live in
 * the compiler because the scope is the checker's symbol table (`Runtime.scope`).
 */
import * as R from '../../src/runtime';
import { Type } from '../../src/runtime';
import type { Runtime, ScopeEntry } from './runtime';

function globalOf(rt: Runtime, name: string): Extract<ScopeEntry, { kind: 'global' }> | undefined {
  const s = rt.scope?.get(name);
  return s && s.kind === 'global' ? (s as Extract<ScopeEntry, { kind: 'global' }>) : undefined;
}

/**
 * `lookup_ID(id)`: the global's value as `any` (for an event or hook: its type, no value), or the string
 * `"<unknown id>"` (locals are not globals).
 *
 * ## Example
 * ```ts
 * lookupId(rt, 'xyz'); // boxed '<unknown id>'
 * ```
 */
export function lookupId(rt: Runtime, name: string): R.AnyValue {
  const g = globalOf(rt, name);
  if (!g) return R.boxAny('<unknown id>', R.T.string);
  return R.boxAny(g.cell.v, g.type);
}

/**
 * `global_ids()`: every global by name with its `id_info`.
 *
 * ## Example
 * ```ts
 * globalIds(rt).map.get('zeek_init'); // { index: ['zeek_init'], value: { type_name: 'event()', ... } }
 * ```
 */
export function globalIds(rt: Runtime): R.TableValue {
  const t = R.createTable<unknown>();
  for (const s of rt.scope?.values() ?? []) {
    if (s.kind !== 'global') continue;
    const g = s as Extract<ScopeEntry, { kind: 'global' }>;
    const isFunc = g.type.kind === 'function' || g.type.kind === 'event' || g.type.kind === 'hook';
    const info = R.createRecord(R.ID_INFO, {
      type_name: R.typeToString(g.type),
      exported: g.exported,
      constant: g.storage === 'const',
      enum_constant: false,
      option_value: g.storage === 'option',
      redefinable: g.redef,
      broker_backend: false,
      value: isFunc || g.cell.v === undefined ? undefined : R.boxAny(g.cell.v, g.type),
    });
    t.map.set(g.name, { index: [g.name], value: info });
  }
  // Zeek also lists every module, as `module NAME` with type name `module`.
  for (const m of rt.modules ?? []) {
    const info = R.createRecord(R.ID_INFO, {
      type_name: 'module', exported: false, constant: false, enum_constant: false, option_value: false,
      redefinable: false, broker_backend: false,
    });
    t.map.set(`module ${m}`, { index: [`module ${m}`], value: info });
  }
  return t;
}

/**
 * `record_type_to_vector(rt)`: the field names of the named record type, from index 1 (index 0 is unset,
 * as in Zeek); an unknown name gives an empty vector.
 *
 * ## Example
 * ```ts
 * recordTypeToVector(rt, 'conn_id'); // [undefined, 'orig_h', 'orig_p', 'resp_h', 'resp_p', ...]
 * ```
 */
export function recordTypeToVector(rt: Runtime, name: string): unknown[] {
  const s = rt.scope?.get(name);
  const t: Type | undefined = s && s.kind === 'type' ? s.type : undefined;
  const out: unknown[] = [];
  if (!t || t.kind !== 'record') return out;
  t.fields.forEach((f, i) => { out[i + 1] = f.name; });
  return out;
}

/**
 * `is_event_handled(name)`: whether the event has at least one handler body; a name that is not an event is
 * the error "is_event_handled: 'NAME' is not an event" and F; an unknown name is F.
 *
 * ## Example
 * ```ts
 * isEventHandled(rt, c, 'zeek_init'); // true when the script has a zeek_init handler
 * ```
 */
export function isEventHandled(rt: Runtime, c: R.BuiltinContext, name: string): boolean {
  const s = rt.scope?.get(name);
  if (!s) return false;
  const g = globalOf(rt, name) as (Extract<ScopeEntry, { kind: 'global' }> & { bodies?: unknown[] }) | undefined;
  if (!g || g.type.kind !== 'event') {
    c.error(`is_event_handled: '${name}' is not an event`);
    return false;
  }
  return (g.bodies?.length ?? 0) > 0;
}
