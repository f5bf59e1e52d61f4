/**
 * Turns a written type (`TypeNode`) into a shared type descriptor (`src/runtime/types.ts`).
 */
import {
  atomicType, enumAdd, EnumType, funcType, Param, recordType, tableType, T, Type, vectorType,
} from '../../src/runtime/types';
import type { AttrNode, EnumItem, FieldDecl, TypeNode } from '../ast';
import { Checker, declName, error, lookupGlobal } from './context';

/** Sentinel for "type unknown because of an earlier error"; it suppresses follow-up diagnostics. */
export const ERR: Type = Object.freeze({ kind: 'any' }) as Type;

/**
 * Resolves a type expression.
 *
 * ## Example
 * ```ts
 * resolveType(c, { k: 'vector', elem: { k: 'named', name: 'count', pos }, pos }); // vector of count
 * ```
 * `typeName` names an enum declared by `type E: enum {...}` while its constants are added (for messages).
 */
export function resolveType(c: Checker, n: TypeNode, typeName?: string): Type {
  switch (n.k) {
    case 'named': {
      const a = atomicType(n.name);
      if (a) return a;
      const s = lookupGlobal(c, n.name, n.pos);
      if (s && s.kind === 'type') return s.type;
      error(c, n.pos, `unknown type: ${n.name}`);
      return ERR;
    }
    case 'table': {
      const index = n.index.map(t => resolveType(c, t));
      return tableType(index, n.yield ? resolveType(c, n.yield) : undefined);
    }
    case 'vector':
      return vectorType(resolveType(c, n.elem));
    case 'record':
      return recordType(n.fields.map(f => fieldSpec(c, f)));
    case 'enum': {
      const e: EnumType = { kind: 'enum', name: typeName, byName: new Map(), byValue: new Map() };
      addEnumItems(c, e, n.items);
      return e;
    }
    case 'func': {
      // A prototype's `&default` makes the parameter optional at `event e(...)`, `hook h(...)` and `f(...)` (Zeek:
      // language.alternate-prototypes-default-args, language.default-params: "&defaults transfer from the
      // declaration"); a function body's own `&default` still wins at a call.
      const params: Param[] = n.params.map(p => {
        const def = p.attrs.find(a => a.name === 'default')?.expr;
        return def ? { name: p.name, type: resolveType(c, p.type), default: def } : { name: p.name, type: resolveType(c, p.type) };
      });
      return funcType(n.kind, params, n.ret ? resolveType(c, n.ret) : undefined);
    }
    case 'file':
      return n.of ? { kind: 'file', of: resolveType(c, n.of) } : { kind: 'file' };
    case 'opaque':
      return { kind: 'opaque', of: n.of };
  }
}

/** A record field from its declaration; the `&default` thunk is installed later by the lowering pass. */
export function fieldSpec(c: Checker, f: FieldDecl): { name: string; type: Type; optional: boolean; log: boolean; attrs: AttrNode[] } {
  const type = resolveType(c, f.type);
  const has = (a: string) => f.attrs.some(x => x.name === a);
  return { name: f.name, type, optional: has('optional'), log: has('log'), attrs: f.attrs as unknown as AttrNode[] };
}

/** Adds enum constants in the current module, registering each as a symbol (`M::A`, or `A` in GLOBAL). */
export function addEnumItems(c: Checker, e: EnumType, items: EnumItem[]): void {
  const explicit = items.some(i => i.value !== undefined);
  const implicit = items.some(i => i.value === undefined);
  const had = (e as EnumType & { numbering?: 'explicit' | 'implicit' }).numbering;
  if ((explicit && implicit) || (had === 'explicit' && implicit) || (had === 'implicit' && explicit)) {
    error(c, items[0].pos, 'cannot mix explicit enumerator assignment and implicit auto-increment');
  }
  if (items.length) (e as EnumType & { numbering?: string }).numbering = explicit ? 'explicit' : 'implicit';
  for (const it of items) {
    const full = declName(c, it.name);
    if (e.byName.has(full)) {
      // The same constant again (`redef enum E += { Pink };` twice, or the type declared twice) is allowed, as
      // in Zeek (language.enum-multiple-decls); only another value for it is an error.
      if (it.value !== undefined && e.byName.get(full) !== it.value) error(c, it.pos, `enum constant redefined: ${full}`);
      continue;
    }
    const other = c.syms.get(full);
    if (other) {
      // Zeek's words (language.enum-name-conflict): the name is taken by another enum's constant or a global.
      error(c, it.pos, `conflicting definition of enum value '${full}'${e.name ? ` in type '${e.name}'` : ''}`);
      continue;
    }
    enumAdd(e, full, it.value);
    c.syms.set(full, { kind: 'enumConst', name: full, type: e });
  }
}

export { T };
