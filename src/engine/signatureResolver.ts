/**
 * Resolves identifiers inside `.sig` files against the compiled scripts (engine.md 5.3): script
 * constants become header values, events and functions are checked for `event NAME` / `eval NAME`.
 * Only the program's public API is used (`globals()` with types, `global(name)` for values).
 */
import type { ScriptConstant, ScriptResolver } from '../signatures';
import type { SubnetValue } from '../runtime/subnet';
import type { TableValue } from '../runtime/table';
import type { Type } from '../runtime/types';

/** The part of a compiled program (the compiler's `Program`) the resolver reads. */
export interface ScriptGlobals {
  global?(name: string): unknown;
  globals?(): { name: string; type: Type; value: unknown }[];
  /** Declared type of any global, events and functions declared only by their bodies included. */
  globalType?(name: string): Type | undefined;
}

/**
 * A type's name as the signature parser compares parameter types: declared records by name
 * (`signature_state`), atomic types by kind (`string`, `count`).
 */
function typeName(t: Type): string {
  const named = (t as { name?: string }).name;
  if (t.kind === 'record' && named) return named;
  return t.kind;
}

function portNumber(p: number): number {
  return p & 0xffff;
}

/** One value of a given type as the parser's {@link ScriptConstant}, or undefined if unusable. */
function constantOf(t: Type, v: unknown): ScriptConstant | undefined {
  switch (t.kind) {
    case 'count':
    case 'int':
      return { type: t.kind, value: Number(v) };
    case 'bool':
      return { type: 'bool', value: v === true ? 1 : 0 };
    case 'port':
      return { type: 'port', value: portNumber(v as number) };
    case 'enum': {
      const ordinal = t.byName.get(v as string);
      return { type: 'enum', value: ordinal ?? 0 };
    }
    case 'subnet': {
      const s = v as SubnetValue;
      return { type: 'subnet', addr: s.prefix, width: s.width };
    }
    case 'string':
      return { type: 'string', value: v as string };
    case 'table': {
      if (t.index.length !== 1) return { type: 'other', typeName: 'table' };
      const elements: ScriptConstant[] = [];
      for (const e of (v as TableValue).map.values()) {
        const c = constantOf(t.index[0], e.index[0]);
        if (c) elements.push(c);
      }
      return { type: 'set', elements };
    }
    case 'function':
    case 'event':
      return t.kind === 'event'
        ? { type: 'event', params: t.params.map((p) => typeName(p.type)) }
        : { type: 'function', params: t.params.map((p) => typeName(p.type)), yield: t.yield ? typeName(t.yield) : 'void' };
    default:
      return { type: 'other', typeName: t.kind };
  }
}

/**
 * What the resolver could not type: events and functions declared only by their bodies are not
 * listed by `globals()`, so they are taken on trust (see {@link createSignatureResolver}).
 */
export interface TrustedNames {
  /** Events known only by name; value = the parameter list assumed for them. */
  events: Map<string, string[]>;
}

/**
 * Builds the parser's resolver from a compiled program. Typed globals come from `globals()`;
 * a name absent there but with a value is a function (a JS function value) or an event declared
 * by its handler (its value is its own name): those are accepted with the expected signature,
 * recorded in `trusted` so the caller can retry an event with the other parameter form.
 *
 * ## Example
 * ```ts
 * const resolve = createSignatureResolver(program);
 * loadSignatures(sources, { resolve });
 * ```
 */
export function createSignatureResolver(host: ScriptGlobals, trusted: TrustedNames = { events: new Map() }): ScriptResolver {
  const typed = new Map<string, { type: Type; value: unknown }>();
  for (const g of host.globals?.() ?? []) typed.set(g.name, g);
  const lookup = (name: string): ScriptConstant | undefined => {
    const g = typed.get(name);
    if (g) {
      if (g.type.kind === 'function' || g.type.kind === 'event') return constantOf(g.type, g.value);
      if (g.value === undefined) return { type: 'other', typeName: g.type.kind };
      return constantOf(g.type, g.value);
    }
    // An event or function known only by its bodies still has a declared type: check `event NAME` against
    // it (Zeek: "wrong event parameters", signatures.custom-event-errors).
    const declared = host.globalType?.(name);
    if (declared && (declared.kind === 'event' || declared.kind === 'function')) return constantOf(declared, undefined);
    const v = host.global?.(name);
    if (typeof v === 'function') return { type: 'function', params: ['signature_state', 'string'], yield: 'bool' };
    if (v === name) {
      let params = trusted.events.get(name);
      if (!params) {
        params = ['signature_state', 'string', 'string', 'count'];
        trusted.events.set(name, params);
      }
      return { type: 'event', params };
    }
    return undefined;
  };
  return (name) => lookup(name) ?? (name.startsWith('GLOBAL::') ? lookup(name.slice(8)) : undefined);
}
