/**
 * Alternate event/hook prototypes (Zeek ≥ 4.1): an event or hook declared again with a subset of its canonical
 * parameters (same names and types, any order) gains an alternate prototype; a handler may use any declared
 * prototype and receives the canonical arguments its prototype names.
 */
import { sameType, type FuncType, type Param } from '../../src/runtime/types';
import { error, type Checker } from './context';
import type { Pos } from '../diagnostics';
import type { GlobalSym, Prototype } from './symbols';

/** Whether two parameter lists have the same names and types in the same order (Zeek's `FindPrototype` test). */
function sameParams(a: readonly Param[], b: readonly Param[]): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i].name && sameType(p.type, b[i].type));
}

/**
 * Records `type` as an alternate prototype of the event/hook `sym` (whose type is the canonical prototype).
 * A redeclaration identical to the canonical or an existing alternate is accepted silently (as before alternates
 * existed); a parameter the canonical prototype lacks, or has with another type, is an error.
 *
 * ## Example
 * ```ts
 * // global e: event(a: count, b: string); global e: event(b: string);
 * addPrototype(c, sym, { kind: 'event', params: [{ name: 'b', type: T.string }] }, pos);
 * sym.prototypes; // [{ params: [b: string], offsets: [1] }]
 * ```
 */
export function addPrototype(c: Checker, sym: GlobalSym, type: FuncType, pos: Pos): void {
  const canon = (sym.type as FuncType).params;
  if (sameParams(canon, type.params) || (sym.prototypes ?? []).some(p => sameParams(p.params, type.params))) return;
  const offsets: number[] = [];
  for (const p of type.params) {
    const o = canon.findIndex(q => q.name === p.name);
    if (o < 0) { error(c, pos, `alternate function prototype arg '${p.name}' not found in canonical prototype`); return; }
    if (!sameType(canon[o].type, p.type)) { error(c, pos, `alternate function prototype arg '${p.name}' type mismatch`); return; }
    offsets.push(o);
  }
  (sym.prototypes ??= []).push({ params: type.params, offsets });
}

/**
 * The alternate prototype a handler with `params` uses, as Zeek picks it: `undefined` when the canonical prototype
 * has the same names and types or no alternate does (the caller then checks the handler against the canonical
 * prototype by position, where renaming is allowed). `offsets[i]` is the canonical argument handler parameter `i`
 * receives.
 *
 * ## Example
 * ```ts
 * findAlternate(sym, [{ name: 'b', type: T.string }]); // { params: [b: string], offsets: [1] }
 * ```
 */
export function findAlternate(sym: GlobalSym, params: readonly Param[]): Prototype | undefined {
  if (sym.prototypes === undefined || sameParams((sym.type as FuncType).params, params)) return undefined;
  return sym.prototypes.find(p => sameParams(p.params, params));
}

export type { Prototype };
