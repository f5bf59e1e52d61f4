/**
 * The checker's state: the global symbol table, the current module, the function being checked, diagnostics, and
 * name resolution with Bro's module rules (language.md §3): locals, then `M::x`, then the global `x`; `::x` is
 * always the global; `A::x` literal, and only if exported when `A` is not the current module.
 */
import { BUILTINS } from '../../src/runtime/builtins';
import { FuncType, RecordType, T, Type, typeToString } from '../../src/runtime/types';
import type { FuncNode, Stmt } from '../ast';
import type { Diagnostic, Pos } from '../diagnostics';
import { CompileError } from '../diagnostics';
import { BUILTIN_SIGS } from './builtins';
import type { GlobalSym, LocalSym, Sym } from './symbols';

/** One body being checked (function, event/hook handler, lambda, or the top-level statement list). */
export interface FnCtx {
  kind: 'function' | 'event' | 'hook' | 'top';
  ret?: Type;
  locals: Map<string, LocalSym>;
  nextSlot: number;
  loops: number;
  switches: number;
  /** Stack of sets collecting outer locals used inside `when` parts, for capture checking. */
  whenUses: { depthSlot: number; used: Map<string, Pos> }[];
  node?: FuncNode;
  /** Names declared in each open `{ }` block, innermost last. */
  scopes: string[][];
  /** Locals whose block has ended; a later use is accepted with a warning (§3). */
  outOfScope: Set<LocalSym>;
  /** A lambda's body: the body it is written in (for "used inside lambda but not captured"). */
  enclosing?: FnCtx;
  /** A lambda's body: its captured names, and those of them read or written so far. */
  captures?: { names: Set<string>; used: Set<string> };
}

/** A top-level item in execution order, as the lowering pass needs it. */
export type Step =
  | { k: 'global'; sym: GlobalSym; init?: import('../ast').Expr }
  | { k: 'redef'; sym: GlobalSym; op: '=' | '+=' | '-='; init: import('../ast').Expr; pos: Pos }
  | {
      k: 'func'; sym: GlobalSym; fn: FuncNode; isRedef: boolean; priority: number; offsets?: number[];
      /** Handler parameters declared with a concrete type where the event/hook has `any` (`rec: Conn::Info` of a
       * `Log::PolicyHook`): their types, by position; the lowering unboxes those arguments. */
      narrowed?: Map<number, Type>;
    }
  | { k: 'stmt'; stmt: Stmt };

export interface Checker {
  syms: Map<string, Sym>;
  module: string;
  exporting: boolean;
  fn: FnCtx;
  top: FnCtx;
  diagnostics: Diagnostic[];
  steps: Step[];
  /** Full names of the files loaded, in load order. */
  files: string[];
  /** A top-level statement was seen: no declaration may follow (§1.1). */
  sawStatement: boolean;
  /** Module names in first-declaration order, `GLOBAL` first (`global_ids()` lists them as `module X`). */
  modules: string[];
  /**
   * `TYPE$FIELD` of every field of a named record type the program reads or tests (`c$successful`,
   * `c?$successful`): the engine keeps state some fields need only when a script uses them.
   */
  fieldUses: Set<string>;
  /** Global names (variables, functions, hooks, events, enum constants) used in expressions → the files using them. */
  nameUses: Map<string, Set<string>>;
}

export function createChecker(): Checker {
  const top = newFn('top');
  return { syms: new Map(), module: 'GLOBAL', exporting: false, fn: top, top, diagnostics: [], steps: [], files: [], sawStatement: false, modules: ['GLOBAL'], fieldUses: new Set(), nameUses: new Map() };
}

export function newFn(kind: FnCtx['kind'], ret?: Type, node?: FuncNode): FnCtx {
  return { kind, ret, locals: new Map(), nextSlot: 0, loops: 0, switches: 0, whenUses: [], node, scopes: [], outOfScope: new Set() };
}

export function error(c: Checker, pos: Pos, message: string): void {
  c.diagnostics.push({ severity: 'error', message, pos });
}

export function warn(c: Checker, pos: Pos, message: string): void {
  c.diagnostics.push({ severity: 'warning', message, pos });
}

/** Aborts checking of the current declaration/statement with an error. */
export function fatal(pos: Pos, message: string): never {
  throw new CompileError({ severity: 'error', message, pos });
}

/** The full name a declaration of `name` gets in the current module. */
export function declName(c: Checker, name: string): string {
  if (name.startsWith('::')) return name.slice(2);
  if (name.includes('::') || c.module === 'GLOBAL') return name;
  return `${c.module}::${name}`;
}

/** Resolves a global-level name (not locals). */
export function lookupGlobal(c: Checker, name: string, pos?: Pos): Sym | undefined {
  if (name.startsWith('::')) return c.syms.get(name.slice(2)) ?? builtin(name.slice(2));
  if (name.includes('::')) {
    // Built-ins with a module in their name (`Reporter::info`, `Pcap::error`) unless a script declared the name.
    const sym = c.syms.get(name) ?? builtin(name);
    if (sym && sym.kind === 'global' && pos && !sym.exported && sym.module !== c.module && sym.module !== 'GLOBAL') {
      error(c, pos, `identifier is not exported: ${name}`);
    }
    if (!sym && name.startsWith('GLOBAL::')) return c.syms.get(name.slice(8));
    return sym;
  }
  if (c.module !== 'GLOBAL') {
    const s = c.syms.get(`${c.module}::${name}`) ?? builtin(`${c.module}::${name}`);
    if (s) return s;
  }
  return c.syms.get(name) ?? builtin(name);
}

const builtinCache = new Map<string, Sym>();

function builtin(name: string): Sym | undefined {
  let s = builtinCache.get(name);
  if (s) return s;
  const rtb = Object.prototype.hasOwnProperty.call(BUILTINS, name) ? BUILTINS[name] : undefined;
  if (rtb) {
    // The runtime's registry is the authority on built-in signatures.
    const type = rtb.type;
    const required = type.params.filter(p => p.default === undefined).length;
    s = { kind: 'builtin', name, sig: { params: type.params.map(p => p.type), required, varargs: type.varargs, ret: type.yield ?? T.void }, type };
    builtinCache.set(name, s);
    return s;
  }
  const sig = BUILTIN_SIGS[name];
  if (!sig) return undefined;
  {
    const type: FuncType = {
      kind: 'function',
      name,
      params: sig.params.map((t, i) => ({ name: `a${i}`, type: t })),
      yield: typeof sig.ret === 'function' ? T.any : sig.ret,
      varargs: sig.varargs,
    };
    s = { kind: 'builtin', name, sig, type };
    builtinCache.set(name, s);
  }
  return s;
}

/** Resolves any name in expression position: locals first. */
export function lookup(c: Checker, name: string, pos: Pos): Sym | undefined {
  if (!name.includes('::')) {
    const l = c.fn.locals.get(name);
    if (l) {
      if (c.fn.outOfScope.has(l)) {
        c.fn.outOfScope.delete(l);
        warn(c, pos, `use of out-of-scope local ${name}`);
      }
      for (const w of c.fn.whenUses) if (l.slot < w.depthSlot && !w.used.has(name)) w.used.set(name, pos);
      c.fn.captures?.used.add(name);
      return l;
    }
  }
  return lookupGlobal(c, name, pos);
}

/** Declares a local in the current body and returns it (re-declaring a name reuses nothing: a new slot). */
export function declareLocal(c: Checker, name: string, type: Type, isConst = false): LocalSym {
  const l: LocalSym = { kind: 'local', name, type, slot: c.fn.nextSlot++, isConst };
  c.fn.locals.set(name, l);
  c.fn.scopes[c.fn.scopes.length - 1]?.push(name);
  return l;
}

export function typeName(t: Type | undefined): string {
  if (!t) return '<error>';
  // A type used as a value names the type it stands for ("type Color is not Color").
  return t.kind === 'type' ? `type ${typeToString(t.of)}` : typeToString(t);
}

/** The record type of a named record, or undefined. */
export function asRecord(t: Type | undefined): RecordType | undefined {
  return t && t.kind === 'record' ? t : undefined;
}
