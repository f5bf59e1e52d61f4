/**
 * Symbols the checker binds names to (language.md §3): globals (variables, constants, options, functions, events,
 * hooks), locals (a slot in the running body's frame), named types, enum constants and built-in functions.
 */
import type { EnumType, FuncType, Param, Type } from '../../src/runtime/types';
import type { AttrNode, FuncNode } from '../ast';
import type { Pos } from '../diagnostics';
import type { BuiltinSig } from './builtins';

/** A mutable storage cell; lowered code captures the cell, so a global read is one property load. */
export interface Cell { v: unknown }

export interface GlobalSym {
  kind: 'global';
  /** Full name (`M::x`, or `x` in GLOBAL). */
  name: string;
  type: Type;
  storage: 'global' | 'const' | 'option' | 'func';
  redef: boolean;
  attrs: AttrNode[];
  exported: boolean;
  module: string;
  pos: Pos;
  cell: Cell;
  /** Function: its one body. Events/hooks: every body, in load order. */
  bodies: FuncNode[];
  /** Events/hooks: alternate prototypes declared after the canonical one (`type`), in declaration order. */
  prototypes?: Prototype[];
}

/**
 * An alternate event/hook prototype: a subset of the canonical parameters, any order; `offsets[i]` is the
 * canonical index of parameter `i`.
 */
export interface Prototype { params: readonly Param[]; offsets: number[] }

export interface LocalSym {
  kind: 'local';
  name: string;
  type: Type;
  slot: number;
  isConst: boolean;
}

export interface TypeSym { kind: 'type'; name: string; type: Type }
export interface EnumConstSym { kind: 'enumConst'; name: string; type: EnumType }
export interface BuiltinSym { kind: 'builtin'; name: string; sig: BuiltinSig; type: FuncType }

export type Sym = GlobalSym | LocalSym | TypeSym | EnumConstSym | BuiltinSym;

/** Old Bro event names that are the same events as the modern ones (language.md Appendix A). */
export const EVENT_ALIASES: Record<string, string> = {
  bro_init: 'zeek_init',
  bro_done: 'zeek_done',
  bro_script_loaded: 'zeek_script_loaded',
};
