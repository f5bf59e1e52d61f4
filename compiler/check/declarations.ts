/**
 * The checker's walk over declarations in load order (language.md §3): declares globals, types, enum constants,
 * functions/events/hooks; applies `redef record`/`redef enum` to the shared descriptors; records the execution
 * steps (global initialisers, redefs, handler bodies, top-level statements) for the lowering pass. Bodies are
 * checked after all declarations, so a body may use a global declared further down.
 */
import { FuncType, recordField, RecordType, sameType, Type } from '../../src/runtime/types';
import type { AttrNode, Decl, Expr, FuncNode } from '../ast';
import { CompileError, Diagnostic, Pos } from '../diagnostics';
import { Checker, createChecker, declName, error, FnCtx, lookupGlobal, newFn, Step, typeName, warn } from './context';
import { checkExpr, checkTableAttrs, coerce } from './expressions';
import { addEnumItems, ERR, fieldSpec, resolveType } from './resolveType';
import { checkFuncBody, checkStmt, untypedListAsSet } from './statements';
import { findAlternate, addPrototype } from './prototypes';
import { EVENT_ALIASES, GlobalSym } from './symbols';

/** A record field default to compile: evaluated at each record creation (§2.9). */
export interface FieldDefault { record: RecordType; field: string; expr: Expr }

export interface CheckedProgram {
  steps: Step[];
  /** Frame size of the top-level statement list. */
  topFrameSize: number;
  syms: Checker['syms'];
  fieldDefaults: FieldDefault[];
  diagnostics: Diagnostic[];
  /** Module names, `GLOBAL` first (for `global_ids()`). */
  modules: string[];
  /** `TYPE$FIELD` of the named-record fields the program reads or tests (see `Checker.fieldUses`). */
  fieldUses: ReadonlySet<string>;
  /** Global name → files that use it in an expression (see `Checker.nameUses`). */
  nameUses: ReadonlyMap<string, ReadonlySet<string>>;
}

interface Deferred { sym: GlobalSym; fn: FuncNode; type: FuncType; module: string }

/**
 * Checks a whole program (the declarations of all loaded files, `file` nodes marking loaded files).
 *
 * ## Example
 * ```ts
 * const checked = checkProgram(decls);
 * checked.diagnostics; // [] when the program is well-typed
 * ```
 */
export function checkProgram(decls: Decl[]): CheckedProgram {
  const c = createChecker();
  const deferred: Deferred[] = [];
  const fieldDefaults: FieldDefault[] = [];
  walk(c, decls, deferred, fieldDefaults);
  for (const d of deferred) {
    c.module = d.module;
    const ctx: FnCtx = newFn(d.fn.kind, d.type.yield, d.fn);
    checkFuncBody(c, ctx, d.fn, d.type);
  }
  return { steps: c.steps, topFrameSize: c.top.nextSlot, syms: c.syms, fieldDefaults, diagnostics: c.diagnostics, modules: c.modules, fieldUses: c.fieldUses, nameUses: c.nameUses };
}

function walk(c: Checker, decls: Decl[], deferred: Deferred[], fd: FieldDefault[]): void {
  for (const d of decls) {
    try {
      checkDecl(c, d, deferred, fd);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      c.diagnostics.push(e.diagnostic);
    }
  }
}

function hasAttr(attrs: AttrNode[], name: string): boolean {
  return attrs.some(a => a.name === name);
}

/** Checks the `&default` attributes of a record type's fields and queues them for compilation. */
function recordDefaults(c: Checker, rt: Type, fd: FieldDefault[], seen = new Set<Type>()): void {
  if (rt.kind !== 'record' || seen.has(rt)) return;
  seen.add(rt);
  for (const f of rt.fields) {
    const a = f.attrs?.find(x => x.name === 'default') as AttrNode | undefined;
    if (a && a.expr && !fd.some(x => x.record === rt && x.field === f.name)) {
      const saved = c.fn;
      c.fn = newFn('top');
      try {
        checkExpr(c, a.expr, f.type);
        fd.push({ record: rt, field: f.name, expr: coerce(c, a.expr, f.type, 'field') });
      } finally {
        c.fn = saved;
      }
    }
  }
}

function checkDecl(c: Checker, d: Decl, deferred: Deferred[], fd: FieldDefault[]): void {
  // The concatenated program is declarations, then statements (§1.1, Zeek's `decl_list stmt_list`).
  if (d.k === 'stmt') c.sawStatement = true;
  else if (c.sawStatement && d.k !== 'file' && d.k !== 'load') {
    error(c, d.pos, 'declaration after a top-level statement (all declarations must precede the statements)');
    return;
  }
  switch (d.k) {
    case 'file': {
      const saved = c.module;
      c.module = 'GLOBAL';
      walk(c, d.decls, deferred, fd);
      c.module = saved;
      return;
    }
    case 'module':
      c.module = d.name;
      if (!c.modules.includes(d.name)) c.modules.push(d.name);
      return;
    case 'export': {
      const saved = c.exporting;
      c.exporting = true;
      walk(c, d.decls, deferred, fd);
      c.exporting = saved;
      return;
    }
    case 'load':
      return;
    case 'type': {
      const name = declName(c, d.name);
      const existing = c.syms.get(name);
      // An enum type may be declared again; its constants add to the first declaration's (Zeek allows this so a
      // type can be both in a .bif and a script; language.enum-multiple-decls).
      if (existing?.kind === 'type' && existing.type.kind === 'enum' && d.type.k === 'enum') {
        addEnumItems(c, existing.type, d.type.items);
        return;
      }
      if (existing) { error(c, d.pos, `type redefined: ${name}`); return; }
      // Register the name first so a record may refer to itself (`next: R &optional`).
      const placeholder = { kind: 'type' as const, name, type: ERR };
      c.syms.set(name, placeholder);
      const t = resolveType(c, d.type, name);
      if ((t.kind === 'record' || t.kind === 'enum') && t.name === undefined) t.name = name;
      // `type R: record { ... } &log;`: every field is logged, as if each carried `&log` (Zeek's logging idiom).
      if (t.kind === 'record' && hasAttr(d.attrs ?? [], 'log')) for (const f of t.fields) f.log = true;
      placeholder.type = t;
      recordDefaults(c, t, fd);
      return;
    }
    case 'var': {
      const name = declName(c, d.name);
      // `_` can never be read, so an option by that name could never be used (Zeek's words,
      // language.blank-option-error); a `const _` is allowed.
      if (d.storage === 'option' && (name === '_' || name.endsWith('::_'))) error(c, d.pos, `blank identifier used as option (${name})`);
      const existing = c.syms.get(name);
      let type: Type | undefined = d.declType ? resolveType(c, d.declType) : undefined;
      if (type) recordDefaults(c, type, fd);
      if (existing) {
        // `global e: event(...)` after handlers exist, or a repeated declaration of the same type.
        if (existing.kind === 'global' && type && existing.type.kind === type.kind && (type.kind === 'event' || type.kind === 'hook' || type.kind === 'function') && !d.init) {
          if (c.exporting) existing.exported = true;
          // A different parameter list for an event/hook is an alternate prototype (Zeek >= 4.1).
          if (type.kind !== 'function') addPrototype(c, existing, type as FuncType, d.pos);
          return;
        }
        error(c, d.pos, `redefinition of ${name}`);
        return;
      }
      let init = d.init;
      if (init) {
        const saved = c.fn;
        c.fn = c.top;
        try {
          if (!type) untypedListAsSet(init);
          const it = checkExpr(c, init, type);
          if (!type) type = it;
          else init = coerce(c, init, type, 'init');
        } finally {
          c.fn = saved;
        }
      }
      if (!type) { error(c, d.pos, `no type given for ${name}`); type = ERR; }
      // `set() &redef` / `table() &redef`: Zeek's grammar gives the attribute to the constructor, and the
      // variable takes it from there.
      const ctorRedef = d.init?.k === 'ctor' && hasAttr(d.init.attrs ?? [], 'redef');
      const redef = hasAttr(d.attrs, 'redef') || d.storage === 'option' || ctorRedef;
      if (d.storage === 'const' && !init && !redef) error(c, d.pos, `const ${name} must be initialized`);
      checkStateAttrs(c, d.attrs, d.storage, type, d.pos);
      const sym: GlobalSym = {
        kind: 'global', name, type, storage: d.storage, redef, attrs: d.attrs, exported: c.exporting,
        module: c.module, pos: d.pos, cell: { v: undefined }, bodies: [],
      };
      c.syms.set(name, sym);
      checkAttrExprs(c, d.attrs, type);
      c.steps.push({ k: 'global', sym, init });
      return;
    }
    case 'redefVar': {
      const s = lookupGlobal(c, d.name, d.pos);
      if (!s || s.kind !== 'global') { error(c, d.pos, `unknown identifier ${d.name}`); return; }
      // A global with `&add_func`/`&delete_func` takes `redef +=`/`-=` without `&redef` (Zeek's `signature_files`).
      const joinable = hasAttr(s.attrs, d.op === '+=' ? 'add_func' : d.op === '-=' ? 'delete_func' : 'redef');
      if (!s.redef && !joinable) { error(c, d.pos, `cannot redefine a variable not marked with &redef: ${s.name}`); return; }
      if (d.declType) {
        const t = resolveType(c, d.declType);
        if (t !== ERR && !sameType(t, s.type)) { error(c, d.pos, `redef changes the type of ${s.name}`); return; }
      }
      const saved = c.fn;
      c.fn = c.top;
      try {
        const it = checkExpr(c, d.init, s.type);
        let init = d.init;
        if (d.op === '=') init = coerce(c, init, s.type, 'init');
        else if (it !== ERR && s.type.kind === 'table' && it.kind !== 'table') error(c, d.pos, `type clash in redef ${d.op}`);
        c.steps.push({ k: 'redef', sym: s, op: d.op, init, pos: d.pos });
      } finally {
        c.fn = saved;
      }
      return;
    }
    case 'redefRecord': {
      const s = lookupGlobal(c, d.name, d.pos);
      if (!s || s.kind !== 'type' || s.type.kind !== 'record') { error(c, d.pos, `not a record type: ${d.name}`); return; }
      const rt = s.type;
      for (const f of d.fields) {
        if (recordField(rt, f.name)) { error(c, f.pos, `duplicate field in redef record: ${f.name}`); continue; }
        const spec = fieldSpec(c, f);
        if (!spec.optional && !hasAttr(f.attrs, 'default')) error(c, f.pos, 'extension field must be &optional or have &default');
        // A `&log` after the field list marks every added field (Zeek: the record-level attribute distributes).
        const log = spec.log || hasAttr(d.attrs ?? [], 'log');
        rt.fields.push({ name: spec.name, type: spec.type, optional: spec.optional, log, attrs: spec.attrs });
      }
      recordDefaults(c, rt, fd, new Set());
      return;
    }
    case 'redefEnum': {
      const s = lookupGlobal(c, d.name, d.pos);
      if (!s || s.kind !== 'type' || s.type.kind !== 'enum') { error(c, d.pos, `not an enum type: ${d.name}`); return; }
      addEnumItems(c, s.type, d.items);
      return;
    }
    case 'redefFieldAttrs':
      return;
    case 'func':
      return declareFunc(c, d.fn, d.isRedef, deferred);
    case 'stmt': {
      const saved = c.fn;
      c.fn = c.top;
      try { checkStmt(c, d.stmt); } finally { c.fn = saved; }
      c.steps.push({ k: 'stmt', stmt: d.stmt });
      return;
    }
  }
}

/**
 * `&persistent` / `&synchronized` / `&mergeable` on a global (language.md §9.1): Bro 1.x's errors for
 * constants and functions. `&synchronized` shares nothing (rxbro has no communication peers) but
 * marks the global's writes for `capture_state_updates`; `&mergeable` does nothing, which a warning says.
 */
function checkStateAttrs(c: Checker, attrs: AttrNode[], storage: string, type: Type, pos: Pos): void {
  const stateful = hasAttr(attrs, 'persistent') || hasAttr(attrs, 'synchronized');
  if (stateful && (type.kind === 'function' || type.kind === 'event' || type.kind === 'hook')) error(c, pos, "can't register functions as persistent ID");
  else if (stateful && storage !== 'global') error(c, pos, '&persistant/synchronized with constant');
  // &synchronized marks the global for capture_state_updates (engine.md §6.7); &mergeable only ever
  // changed how peers merged synchronized tables.
  for (const a of attrs) {
    if (a.name === 'mergeable') warn(c, a.pos, '&mergeable has no effect in rxbro (it merges state from communication peers, which rxbro does not have)');
    // Zeek (language.attr-default-global-set-error): only a table global takes &default; &optional is for fields.
    if (a.name === 'default' && type.kind !== 'table' && type !== ERR) error(c, a.pos, '&default is not valid for global variables');
    else if (a.name === 'default' && type.kind === 'table' && !type.yield && !(a.expr?.k === 'ctor' && a.expr.ctor === 'set')) {
      // A set's &default can only be a set itself (`&default=set()` is accepted, as in Zeek).
      error(c, a.pos, '&default value has inconsistent type');
    }
    if (a.name === 'optional') error(c, a.pos, '&optional is not valid for global variables');
  }
}

/** Checks a global's attribute expressions at top level (they run while globals are initialised). */
function checkAttrExprs(c: Checker, attrs: AttrNode[], type: Type): void {
  const saved = c.fn;
  c.fn = c.top;
  try { checkTableAttrs(c, attrs, type); } finally { c.fn = saved; }
}

function constPriority(c: Checker, attrs: AttrNode[]): number {
  const a = attrs.find(x => x.name === 'priority');
  if (!a || !a.expr) return 0;
  const e = a.expr;
  if (e.k === 'const' && (e.lit === 'count' || e.lit === 'int')) return Number(e.value);
  error(c, a.pos, '&priority must be a constant integer');
  return 0;
}

function declareFunc(c: Checker, fn: FuncNode, isRedef: boolean, deferred: Deferred[]): void {
  const params = fn.params.map(p => ({ name: p.name, type: resolveType(c, p.type), default: p.attrs.find(a => a.name === 'default')?.expr }));
  const ret = fn.ret ? resolveType(c, fn.ret) : undefined;
  const rawName = fn.name!;
  let sym: GlobalSym | undefined;
  if (fn.kind === 'event') {
    // Inside module M, a handler binds to `M::e` only if such an event was declared (§3).
    const bare = rawName.replace(/^::/, '');
    const aliased = EVENT_ALIASES[bare] ?? bare;
    const found = rawName.startsWith('::') ? c.syms.get(aliased) : lookupGlobal(c, aliased === bare ? rawName : aliased);
    if (found && found.kind === 'global' && found.type.kind === 'event') sym = found;
    else if (found && !(found.kind === 'builtin')) { error(c, fn.pos, `${rawName} is not an event`); return; }
    const name = rawName.includes('::') ? aliased : aliased;
    if (!sym) {
      sym = {
        kind: 'global', name, type: { kind: 'event', name, params, yield: undefined } as FuncType, storage: 'func',
        redef: false, attrs: [], exported: true, module: c.module, pos: fn.pos, cell: { v: name }, bodies: [],
      };
      c.syms.set(name, sym);
    }
  } else {
    const name = declName(c, rawName);
    const found = c.syms.get(name) ?? (rawName.includes('::') ? undefined : lookupGlobal(c, rawName));
    if (found && found.kind === 'global' && found.type.kind === fn.kind) sym = found;
    else if (found && found.kind !== 'builtin' && c.syms.has(name)) { error(c, fn.pos, `redefinition of ${name}`); return; }
    if (!sym) {
      sym = {
        kind: 'global', name, type: { kind: fn.kind, name, params, yield: fn.kind === 'hook' ? undefined : ret } as FuncType,
        storage: 'func', redef: false, attrs: [], exported: c.exporting, module: c.module, pos: fn.pos,
        cell: { v: undefined }, bodies: [],
      };
      c.syms.set(name, sym);
    }
    if (fn.kind === 'function' && sym.bodies.length > 0) { error(c, fn.pos, `redefinition of function ${name}`); return; }
  }
  const alt = fn.kind === 'function' ? undefined : findAlternate(sym, params);
  const st: FuncType = alt ? { ...(sym.type as FuncType), params: [...alt.params] } : sym.type as FuncType;
  if (st.params.length !== params.length) {
    error(c, fn.pos, `incompatible types: ${sym.name} declared with ${st.params.length} parameter(s), body has ${params.length}`);
    return;
  }
  for (let i = 0; i < params.length; i++) {
    const want = st.params[i].type, got = params[i].type;
    if (want !== ERR && got !== ERR && !sameType(want, got) && want.kind !== 'any') {
      error(c, fn.params[i].pos, `incompatible types: parameter ${params[i].name} of ${sym.name} is ${typeName(got)}, declared ${typeName(want)}`);
      return;
    }
  }
  if (fn.kind !== 'function' && isRedef) {
    sym.bodies.length = 0;
    c.steps = c.steps.filter(s => !(s.k === 'func' && s.sym === sym));
  }
  sym.bodies.push(fn);
  // A hook/event parameter declared `any` may be narrowed by a handler to the type it knows it gets (Zeek's
  // `hook Conn::log_policy(rec: Conn::Info, …)` of a `Log::PolicyHook`); the body then sees that type.
  let narrowed: Map<number, Type> | undefined;
  if (fn.kind !== 'function') {
    for (let i = 0; i < params.length; i++) {
      const got = params[i].type;
      if (st.params[i].type.kind === 'any' && got !== ERR && got.kind !== 'any') (narrowed ??= new Map()).set(i, got);
    }
  }
  // The body sees the parameter names it declares, with the declared event/function's types.
  const ft: FuncType = { kind: st.kind, name: sym.name, params: st.params.map((p, i) => ({ ...p, name: params[i].name, default: params[i].default, type: narrowed?.get(i) ?? p.type })), yield: st.yield ?? (fn.kind === 'function' ? ret : undefined) };
  for (const p of fn.params) for (const a of p.attrs) if (a.expr) checkParamDefault(c, a.expr);
  deferred.push({ sym, fn, type: ft, module: c.module });
  c.steps.push({ k: 'func', sym, fn, isRedef, priority: constPriority(c, fn.attrs), offsets: alt?.offsets, narrowed });
}

function checkParamDefault(c: Checker, e: Expr): void {
  const saved = c.fn;
  c.fn = newFn('top');
  try { checkExpr(c, e); } finally { c.fn = saved; }
}

export type { Pos };
