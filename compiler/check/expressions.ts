/**
 * Type checking of expressions (language.md §2): operator typing with the `count < int < double` promotion,
 * time/interval rules, container and record typing, contextual typing of constructors, and the coercion rules of
 * §2.2 (silent widening, warned narrowing in plain assignments, "over-promotion" errors elsewhere).
 */
import {
  assignCoercion, FuncType, isArithmetic, isIntegral, promote, recordField, recordType, RecordType, sameType, setType,
  T, tableType, TableType, Type, typeValueType, vectorType,
} from '../../src/runtime/types';
import { makePattern, PatternSyntaxError } from '../../src/runtime';
import type { Expr } from '../ast';
import type { Pos } from '../diagnostics';
import { Checker, declareLocal, error, fatal, FnCtx, lookup, newFn, typeName, warn } from './context';
import { ERR, resolveType } from './resolveType';
import { checkFuncBody } from './statements';
import { toItems } from '../parser/expressions';

/** Where a value is converted; `callArg` is an argument of a script function call (Zeek words its clash apart). */
type CoerceCtx = 'assign' | 'init' | 'arg' | 'callArg' | 'field' | 'elem' | 'return';

const isErr = (t: Type | undefined) => t === ERR || t === undefined;
const isNum = (t: Type) => isArithmetic(t);

function set(e: Expr, t: Type): Type {
  e.type = t;
  return t;
}

/**
 * Checks `e`, filling `e.type` (and `e.info`), and returns its type. `expected` types constructors from context.
 *
 * ## Example
 * ```ts
 * checkExpr(c, parsed('1 + 2.0')); // T.double
 * ```
 */
export function checkExpr(c: Checker, e: Expr, expected?: Type): Type {
  switch (e.k) {
    case 'const':
      if (e.lit === 'pattern') {
        // Invalid regular expressions are compile-time errors.
        try {
          makePattern(e.value as string, e.flags ?? '');
        } catch (err) {
          if (!(err instanceof PatternSyntaxError)) throw err;
          return bad(c, e, err.message);
        }
      }
      return set(e, e.lit === 'int' ? T.int : (T as Record<string, Type>)[e.lit]);
    case 'name': return set(e, checkName(c, e));
    case 'unary': {
      const t = checkExpr(c, e.operand);
      if (isErr(t)) return set(e, ERR);
      if (e.op === '!') return set(e, expectBool(c, e.operand, t));
      if (e.op === '~') {
        if (t.kind !== 'count') return bad(c, e, `requires count operand for ~ (got ${typeName(t)})`);
        return set(e, T.count);
      }
      if (t.kind === 'count' || t.kind === 'int') return set(e, T.int);
      if (t.kind === 'double' || t.kind === 'interval') return set(e, t);
      return bad(c, e, `requires arithmetic operand for unary ${e.op} (got ${typeName(t)})`);
    }
    case 'incr': {
      const t = checkExpr(c, e.operand);
      checkLvalue(c, e.operand);
      if (isErr(t)) return set(e, ERR);
      // `++v` / `--v` on a vector of count/int steps every element in place (Zeek test language.vector).
      if (t.kind === 'vector' && isIntegral(t.elem)) { e.info = { vector: true }; return set(e, t); }
      if (!isIntegral(t)) return bad(c, e, `requires integral operand for ${e.op}`);
      return set(e, t);
    }
    case 'binary': return set(e, checkBinary(c, e as Extract<Expr, { k: 'binary' }>));
    case 'assign': return set(e, checkAssign(c, e as Extract<Expr, { k: 'assign' }>));
    case 'cond': {
      const ct = checkExpr(c, e.cond);
      const vcond = !isErr(ct) && ct.kind === 'vector' && ct.elem.kind === 'bool';
      if (!isErr(ct) && !vcond) expectBool(c, e.cond, ct);
      const a = checkExpr(c, e.then, expected);
      const b = checkExpr(c, e.else, expected ?? a);
      if (isErr(a) || isErr(b)) return set(e, ERR);
      // A vector of bool selects element by element between two vectors of the same type (Zeek test
      // language.conditional-expression: `vector(T, F, T) ? vector(1, 2, 3) : vector(4, 5, 6)` is [1, 5, 3]).
      if (vcond) {
        if (a.kind !== 'vector' || !sameType(a, b)) return bad(c, e, `incompatible types in conditional: ${typeName(a)} and ${typeName(b)}`);
        e.info = { vector: true };
        return set(e, a);
      }
      if (isNum(a) && isNum(b)) {
        const p = promote(a, b)!;
        e.then = coerce(c, e.then, p, 'assign');
        e.else = coerce(c, e.else, p, 'assign');
        return set(e, p);
      }
      // An empty `set()`/`table()`/`vector()` branch takes the other branch's type (Zeek test
      // language.conditional-expression: `T ? set() : s` is a set[string]).
      if (unspecified(a) && b.kind === a.kind && !unspecified(b)) return set(e, b);
      if (!sameType(a, b) && assignCoercion(b, a) === 'none') return bad(c, e, `incompatible types in conditional: ${typeName(a)} and ${typeName(b)}`);
      return set(e, a);
    }
    case 'call': return set(e, checkCall(c, e as Extract<Expr, { k: 'call' }>, expected));
    case 'field': {
      const t = checkExpr(c, e.rec);
      if (isErr(t)) return set(e, ERR);
      if (t.kind !== 'record') return bad(c, e, `not a record: ${typeName(t)} has no field ${e.field}`);
      const f = recordField(t, e.field);
      if (!f) return bad(c, e, `no such field in record: ${e.field}`);
      if (t.name) c.fieldUses.add(`${t.name}$${e.field}`);
      return set(e, f.type);
    }
    case 'hasField': {
      const t = checkExpr(c, e.rec);
      if (!isErr(t)) {
        if (t.kind !== 'record') error(c, e.pos, `not a record: ${typeName(t)}`);
        else if (!recordField(t, e.field)) error(c, e.pos, `no such field in record: ${e.field}`);
        else if (t.name) c.fieldUses.add(`${t.name}$${e.field}`);
      }
      return set(e, T.bool);
    }
    case 'index': return set(e, checkIndex(c, e as Extract<Expr, { k: 'index' }>));
    case 'slice': {
      const t = checkExpr(c, e.target);
      if (e.lo) checkIntegral(c, e.lo);
      if (e.hi) checkIntegral(c, e.hi);
      if (isErr(t)) return set(e, ERR);
      if (t.kind !== 'string' && t.kind !== 'vector') return bad(c, e, `cannot slice ${typeName(t)}`);
      return set(e, t);
    }
    case 'abs': {
      const t = checkExpr(c, e.operand);
      if (isErr(t)) return set(e, ERR);
      switch (t.kind) {
        case 'double': case 'time': case 'interval': case 'subnet': case 'file': return set(e, T.double);
        case 'function': case 'event': case 'hook': case 'record': case 'table': case 'vector': case 'count': case 'int':
        case 'bool': case 'enum': case 'string': case 'addr': case 'port': case 'pattern': case 'any':
          return set(e, T.count);
      }
      return bad(c, e, `|...| not defined for ${typeName(t)}`);
    }
    case 'cast': {
      const t = checkExpr(c, e.expr);
      const to = resolveType(c, e.to);
      e.info = { to };
      if (isErr(t)) return set(e, e.op === 'as' ? to : T.bool);
      return set(e, e.op === 'as' ? to : T.bool);
    }
    case 'recordLit': {
      // With a record type from context, field values are typed by its fields (`$ports = set()`).
      const want = expected && expected.kind === 'record' ? expected : undefined;
      const fields = e.fields.map(f => {
        const ft = checkValueOrType(c, f.value, want ? recordField(want, f.name)?.type : undefined);
        return { name: f.name, type: ft, optional: false };
      });
      return set(e, recordType(fields));
    }
    case 'list': {
      if (e.items.length === 0 && expected?.kind === 'record') {
        // `[]` where a record is expected is the empty record constructor: the fields' `&default`s apply.
        const lit = e as unknown as { k: string; fields: unknown[] };
        lit.k = 'recordLit';
        lit.fields = [];
        return checkExpr(c, e, expected);
      }
      if (expected?.kind === 'table' || expected?.kind === 'vector') {
        // `[a, b]` where a set, table or vector is expected builds one, like `{a, b}` (Zeek's
        // json-roundtrip test: `f$su = [[aa:bb::0]/32, 192.168.0.0/16]`); it used to stay a bare JS array, which
        // a set does not work with.
        (e as unknown as { k: string }).k = 'brace';
        return checkExpr(c, e, expected);
      }
      for (const it of e.items) checkExpr(c, it);
      return set(e, { kind: 'any' });
    }
    case 'ctor': return set(e, checkCtor(c, e as Extract<Expr, { k: 'ctor' }>, expected));
    case 'brace': {
      if (!expected || expected === ERR) {
        // Without a declared type, `{ a, b }` is a set and `{ [k] = v, ... }` a table, typed from the elements.
        if (e.items.length === 0) return bad(c, e, 'no type given for empty { } initializer');
        const isTable = e.items.every(x => x.k === 'tableItem');
        const pseudo = { k: 'ctor', ctor: isTable ? 'table' : 'set', args: e.items, attrs: [], pos: e.pos, end: e.end } as Expr;
        return set(e, checkCtor(c, pseudo as Extract<Expr, { k: 'ctor' }>, undefined));
      }
      checkItems(c, e, e.items, expected);
      return set(e, expected);
    }
    case 'tableItem':
      return bad(c, e, 'table element [index] = value outside a table constructor');
    case 'copy': return set(e, checkExpr(c, e.expr, expected));
    case 'hookCall': {
      if (e.call.k !== 'call') {
        checkExpr(c, e.call);
        return bad(c, e, 'not a valid hook call expression');
      }
      const call = e.call as Extract<Expr, { k: 'call' }>;
      const fnT = call.fn.k === 'name' ? checkExpr(c, call.fn) : checkExpr(c, call.fn);
      if (isErr(fnT)) return set(e, T.bool);
      if (fnT.kind !== 'hook') return bad(c, e, `hook invocation of a non-hook: ${typeName(fnT)}`);
      checkArgs(c, call.args, fnT, call.pos);
      appendDefaults(c, call.args, fnT);
      call.type = T.bool;
      return set(e, T.bool);
    }
    case 'schedule': {
      const wt = checkExpr(c, e.when);
      if (!isErr(wt) && wt.kind !== 'interval' && wt.kind !== 'time') error(c, e.when.pos, `schedule requires an interval or time (got ${typeName(wt)})`);
      const sym = checkEventRef(c, e.event, e.eventPos, e.args);
      e.info = { sym };
      return set(e, T.void);
    }
    case 'lambda': {
      const fn = e.fn;
      const outer = c.fn;
      // A parameter's `&default` makes it optional at calls through the lambda's value (language.at-if-lambda).
      const params = fn.params.map(p => {
        const def = p.attrs.find(a => a.name === 'default')?.expr;
        return def ? { name: p.name, type: resolveType(c, p.type), default: def } : { name: p.name, type: resolveType(c, p.type) };
      });
      const ret = fn.ret ? resolveType(c, fn.ret) : undefined;
      const ft: FuncType = { kind: 'function', params, yield: ret };
      const inner: FnCtx = newFn('function', ret, fn);
      const caps: { from: number; to: number; copy: boolean }[] = [];
      inner.nextSlot = fn.params.length;
      inner.enclosing = outer;
      inner.captures = { names: new Set(), used: new Set() };
      for (const cap of fn.captures ?? []) {
        // Zeek's capture-list errors (language.closure-binding-errors).
        if (inner.captures.names.has(cap.name)) { error(c, cap.pos, `${cap.name} listed multiple times in capture`); continue; }
        inner.captures.names.add(cap.name);
        const l = outer.locals.get(cap.name);
        // Capturing it again in a nested lambda is a use of the enclosing lambda's capture.
        if (l) outer.captures?.used.add(cap.name);
        if (!l) {
          const g = cap.name.includes('::') ? undefined : c.syms.get(cap.name) ?? c.syms.get(`${c.module}::${cap.name}`);
          if (g?.kind === 'type') error(c, cap.pos, `cannot specify type in capture: ${cap.name}`);
          else if (g) error(c, cap.pos, `cannot specify global in capture: ${cap.name}`);
          else error(c, cap.pos, `no such local identifier: ${cap.name}`);
          continue;
        }
        for (const w of outer.whenUses) if (l.slot < w.depthSlot && !w.used.has(cap.name)) w.used.set(cap.name, cap.pos);
        const slot = inner.nextSlot++;
        inner.locals.set(cap.name, { kind: 'local', name: cap.name, type: l.type, slot, isConst: false });
        caps.push({ from: l.slot, to: slot, copy: cap.copy });
      }
      const errorsBefore = c.diagnostics.length;
      checkFuncBody(c, inner, fn, ft);
      // After an error in the body (Zeek reports one problem per lambda) an unused capture is not reported.
      const bodyFailed = c.diagnostics.slice(errorsBefore).some(d => d.severity === 'error');
      for (const cap of fn.captures ?? []) {
        if (!bodyFailed && outer.locals.has(cap.name) && !inner.captures.used.has(cap.name)) {
          error(c, cap.pos, `${cap.name} is captured but not used inside lambda`);
          inner.captures.used.add(cap.name);
        }
      }
      e.info = { caps };
      return set(e, ft);
    }
    case 'whenLocal': {
      const t = checkExpr(c, e.value);
      const l = declareLocal(c, e.name, t);
      e.slot = l.slot;
      return set(e, T.bool);
    }
    case 'fieldAssignList':
      return bad(c, e, 'field assignments outside a record constructor');
    case 'coerce':
      return e.type ?? ERR;
  }
}

/** The type of an empty `set()`, `table()` or `vector()` without context (its element types are still open). */
function unspecified(t: Type): boolean {
  return (t.kind === 'table' && (t.index.some(x => x === ERR) || t.yield === ERR)) || (t.kind === 'vector' && t.elem === ERR);
}

function bad(c: Checker, e: Expr, message: string): Type {
  error(c, e.pos, message);
  return set(e, ERR);
}

function expectBool(c: Checker, e: Expr, t: Type): Type {
  if (!isErr(t) && t.kind !== 'bool') error(c, e.pos, `requires boolean operand (got ${typeName(t)})`);
  return T.bool;
}

function checkIntegral(c: Checker, e: Expr): void {
  const t = checkExpr(c, e);
  if (!isErr(t) && !isIntegral(t)) error(c, e.pos, `index must be integral (got ${typeName(t)})`);
}

function checkName(c: Checker, e: Extract<Expr, { k: 'name' }>): Type {
  // `_` may be declared (`local _ = …`, `for ( _, v in t )`, even `const _` in a module) but never read (Zeek's
  // words, language.blank-expr-errors).
  if (e.name === '_' || e.name.endsWith('::_')) { error(c, e.pos, 'blank identifier used in expression (_)'); return ERR; }
  const s = lookup(c, e.name, e.pos);
  if (!s) {
    let outer = c.fn.enclosing;
    while (outer && !outer.locals.has(e.name)) outer = outer.enclosing;
    error(c, e.pos, outer ? `${e.name} is used inside lambda but not captured` : `unknown identifier ${e.name}`);
    return ERR;
  }
  e.info = { sym: s };
  if (s.kind === 'global' || s.kind === 'enumConst') {
    let files = c.nameUses.get(s.name);
    if (!files) c.nameUses.set(s.name, (files = new Set()));
    files.add(e.pos.file);
  }
  switch (s.kind) {
    case 'local': return s.type;
    case 'global': return s.type;
    case 'enumConst': return s.type;
    case 'builtin': return s.type;
    case 'type':
      error(c, e.pos, `type name used as a value: ${e.name}`);
      return ERR;
  }
}

/** Resolves the event named in `event e(...)` / `schedule ... { e(...) }` and checks the arguments. */
export function checkEventRef(c: Checker, name: string, pos: Pos, args: Expr[]): unknown {
  const s = lookup(c, name, pos);
  for (const a of args) if (a.k === 'fieldAssignList') error(c, a.pos, 'field assignments in event arguments');
  if (!s) {
    error(c, pos, `unknown event: ${name}`);
    for (const a of args) checkExpr(c, a);
    return undefined;
  }
  if (s.kind === 'local') {
    // Zeek resolves `event v(...)`/`schedule … { v(...) }` to a global event handler only (language.event-local-var).
    error(c, pos, `local identifier "${name}" cannot be used to reference an event`);
    for (const a of args) checkExpr(c, a);
    return undefined;
  }
  if (s.kind !== 'global' || s.type.kind !== 'event') {
    error(c, pos, `not an event: ${name}`);
    for (const a of args) checkExpr(c, a);
    return undefined;
  }
  const ft = s.type as FuncType;
  checkArgs(c, args, ft, pos);
  appendDefaults(c, args, ft);
  return s;
}

/**
 * Missing trailing arguments of `event e(...)` / `hook h(...)` come from the prototype's `&default`s: appended
 * here, so the event or hook is raised with its full argument list.
 */
function appendDefaults(c: Checker, args: Expr[], ft: FuncType): void {
  for (let i = args.length; i < ft.params.length; i++) {
    const d = ft.params[i].default as Expr | undefined;
    if (!d) break;
    checkExpr(c, d, ft.params[i].type);
    args.push(coerce(c, d, ft.params[i].type, 'arg'));
  }
}

/**
 * Checks a call argument or a record constructor's field value. There, as in Zeek, a bare type name is a value
 * of type `type` (`enum_names(Color)`, `record_fields(R)`, `[$e = R]`), and so it is when assigned to an `any`
 * (`a = R`); anywhere else it stays the error
 * "type name used as a value".
 */
function checkValueOrType(c: Checker, e: Expr, expected?: Type): Type {
  if (e.k === 'name') {
    const s = lookup(c, e.name, e.pos);
    if (s && s.kind === 'type') {
      e.info = { sym: s };
      return set(e, typeValueType(s.type));
    }
  }
  return checkExpr(c, e, expected);
}

/** Checks and coerces call arguments against parameters (§2.2: narrowing here is an error). */
export function checkArgs(c: Checker, args: Expr[], ft: FuncType, pos: Pos, required?: number): void {
  const params = ft.params;
  const req = required ?? params.filter(p => p.default === undefined).length;
  if (args.length < req || (!ft.varargs && args.length > params.length)) {
    error(c, pos, `argument type mismatch: expected ${params.length} argument(s), got ${args.length}`);
  }
  for (let i = 0; i < args.length; i++) {
    const p = params[i];
    checkValueOrType(c, args[i], p?.type);
    if (p) args[i] = coerce(c, args[i], p.type, ft.kind === 'function' ? 'callArg' : 'arg');
    else if (ft.varargs) args[i] = coerce(c, args[i], T.any, 'arg');
  }
}

function checkCall(c: Checker, e: Extract<Expr, { k: 'call' }>, expected?: Type): Type {
  // Record constructor `R($a = 1)`.
  if (e.fn.k === 'name') {
    const s = lookup(c, e.fn.name, e.fn.pos);
    if (s && s.kind === 'type') {
      if (s.type.kind === 'record') return checkRecordCtor(c, e, s.type, e.args);
      if (s.type.kind === 'table' || s.type.kind === 'vector') {
        e.info = { kind: 'typeCtor', type: s.type };
        // `MyTable([k] = v, ...)` is parsed as a call; its items are table items as in `table(...)`.
        if (s.type.kind === 'table') e.args = toItems(e.args);
        checkItems(c, e, e.args, s.type);
        return s.type;
      }
      return bad(c, e, `cannot call type ${e.fn.name}`);
    }
    if (s && s.kind === 'builtin') {
      e.fn.info = { sym: s };
      e.fn.type = s.type;
      e.info = { kind: 'builtin', name: s.name };
      const sig = s.sig;
      const ft = s.type;
      checkArgs(c, e.args, ft, e.pos, sig.required ?? sig.params.length);
      // The argument types before any coercion to an `any` parameter (`sort(v)` has `v`'s type).
      const argType = (a: Expr) => (a.k === 'coerce' && a.mode === 'toAny' ? a.expr.type : a.type) ?? ERR;
      if (typeof sig.ret === 'function') return sig.ret(e.args.map(argType));
      return sig.ret;
    }
  }
  const ft = checkExpr(c, e.fn);
  if (isErr(ft)) { for (const a of e.args) checkExpr(c, a); return ERR; }
  if (ft.kind === 'event') return bad(c, e, 'events cannot be called like functions; use "event name(...)"');
  // Zeek's wording (language.hook_calls).
  if (ft.kind === 'hook') return bad(c, e, `hook cannot be called directly, use hook operator (${e.fn.k === 'name' ? e.fn.name : 'hook'})`);
  if (ft.kind !== 'function') return bad(c, e, `not a function: ${typeName(ft)}`);
  e.info = { kind: 'func' };
  const fnSym = e.fn.info?.sym;
  // A parameter's default: the body's own `&default`, else the one of the declared prototype (checked here, at
  // the call that needs it, as an event prototype's is).
  const own: (Expr | undefined)[] = fnSym && fnSym.kind === 'global' && fnSym.bodies[0]
    ? fnSym.bodies[0].params.map((p: { attrs: { name: string; expr?: Expr }[] }) => p.attrs.find(a => a.name === 'default')?.expr)
    : [];
  const defaults = ft.params.map((p, i) => {
    if (own[i]) return own[i];
    const d = p.default as Expr | undefined;
    if (!d || i < e.args.length) return undefined;
    checkExpr(c, d, p.type);
    return coerce(c, d, p.type, 'arg');
  });
  const required = defaults.filter(d => d === undefined).length;
  if (defaults.some(d => d !== undefined)) e.info.defaults = defaults;
  checkArgs(c, e.args, ft, e.pos, required);
  void expected;
  return ft.yield ?? T.void;
}

function checkRecordCtor(c: Checker, e: Expr, rt: RecordType, args: Expr[]): Type {
  const fl = args.find(a => a.k === 'fieldAssignList') as Extract<Expr, { k: 'fieldAssignList' }> | undefined;
  if (args.some(a => a.k !== 'fieldAssignList')) error(c, e.pos, 'record constructor arguments must be $field = value');
  const fields = fl ? fl.fields : [];
  for (const f of fields) {
    const rf = recordField(rt, f.name);
    if (!rf) { error(c, f.pos, `no such field in record: ${f.name}`); checkExpr(c, f.value); continue; }
    checkValueOrType(c, f.value, rf.type);
    f.value = coerce(c, f.value, rf.type, 'field');
  }
  for (const rf of rt.fields) {
    // A table, set or vector field left out starts as an empty container, as in a declared record
    // (`implicitEmpty`); Zeek's own base/utils/batch-queue builds its BatchQueue without `$elements`.
    const container = rf.type.kind === 'table' || rf.type.kind === 'vector';
    if (!container && !rf.optional && !rf.attrs?.some(a => a.name === 'default') && !rf.default && !fields.some(f => f.name === rf.name)) {
      error(c, e.pos, `required field not set in record constructor: ${rf.name}`);
    }
  }
  e.info = { kind: 'recordCtor', type: rt, fields };
  return rt;
}

/** Checks elements of `table(...)`, `set(...)`, `vector(...)`, `{ ... }` against a known container type. */
function checkItems(c: Checker, e: Expr, items: Expr[], t: Type): void {
  if (t.kind === 'table') {
    for (const it of items) {
      if (it.k === 'tableItem') {
        if (!t.yield) { error(c, it.pos, 'set initializer with a value'); continue; }
        checkIndexList(c, it.index, t, it.pos, true);
        if (it.value.k === 'assign') error(c, it.value.pos, 'illegal assignment in initialization');
        checkExpr(c, it.value, t.yield);
        it.value = coerce(c, it.value, t.yield, 'elem');
      } else if (t.yield) {
        error(c, it.pos, 'table constructor element must be [index] = value');
        checkExpr(c, it);
      } else {
        const idx = it.k === 'list' ? it.items : [it];
        checkIndexList(c, idx, t, it.pos, true);
      }
    }
    return;
  }
  if (t.kind === 'vector') {
    for (let i = 0; i < items.length; i++) {
      checkExpr(c, items[i], t.elem);
      items[i] = coerce(c, items[i], t.elem, 'elem');
    }
    return;
  }
  if (t.kind === 'record') {
    // `{ $a = 1 }` is not Bro; a record brace initialiser is written `[ ... ]`.
    error(c, e.pos, `cannot initialize ${typeName(t)} with { ... }`);
    return;
  }
  error(c, e.pos, `cannot initialize ${typeName(t)} with { ... }`);
}

/** Checks an index list against a table's index types, coercing numerics; supports subnet lookups by addr. */
function checkIndexList(c: Checker, idx: Expr[], t: TableType, pos: Pos, inCtor = false): void {
  // `[[80/tcp, 8080/tcp], "http"]`: a bracketed list inside an index means "each of" (cross product).
  if (idx.length !== t.index.length) {
    for (const i of idx) checkExpr(c, i);
    error(c, pos, `wrong index size: expected ${t.index.length}, got ${idx.length}`);
    return;
  }
  for (let i = 0; i < idx.length; i++) {
    const want = t.index[i];
    const x = idx[i];
    if (x.k === 'list') {
      for (let j = 0; j < x.items.length; j++) {
        checkExpr(c, x.items[j], want);
        x.items[j] = coerce(c, x.items[j], want, 'elem');
      }
      x.type = want;
      continue;
    }
    const got = checkExpr(c, x, want);
    if (isErr(got)) continue;
    // In a constructor, a *set* of the column's type stands for each of its members, like a bracketed list
    // (Zeek: language.cross-product-init, `{ [["foo", "bar"], my_subs] }` with `my_subs: set[subnet]`).
    if (inCtor && got.kind === 'table' && !got.yield && got.index.length === 1 && sameType(got.index[0], want)) {
      x.info = Object.assign(x.info ?? {}, { eachOfSet: true });
      continue;
    }
    if (want.kind === 'subnet' && got.kind === 'addr') continue;
    if (want.kind === 'pattern' && got.kind === 'string') continue;
    // A set of the column's type also means "each of" its members (Zeek expands it when the constructor is
    // built; Baseline language.init-integration/out: `{ [["foo", "bar"], my_subnets] }`).
    if (want.kind !== 'table' && got.kind === 'table' && got.yield === undefined && got.index.length === 1 && sameType(got.index[0], want)) {
      x.info = Object.assign(x.info ?? {}, { eachOfSet: true });
      continue;
    }
    idx[i] = coerce(c, x, want, 'elem');
  }
}

function checkCtor(c: Checker, e: Extract<Expr, { k: 'ctor' }>, expected?: Type): Type {
  const t = checkCtorInner(c, e, expected);
  if (e.attrs.length) checkTableAttrs(c, e.attrs, t);
  return t;
}

function checkCtorInner(c: Checker, e: Extract<Expr, { k: 'ctor' }>, expected?: Type): Type {
  const exp = expected && expected !== ERR ? expected : undefined;
  if (e.ctor === 'record') {
    const fl = e.args.find(a => a.k === 'fieldAssignList') as Extract<Expr, { k: 'fieldAssignList' }> | undefined;
    const fields = (fl?.fields ?? []).map(f => ({ name: f.name, type: checkValueOrType(c, f.value), optional: false }));
    e.info = { fields: fl?.fields ?? [] };
    return recordType(fields);
  }
  if (e.ctor === 'vector') {
    if (exp && exp.kind === 'vector') { checkItems(c, e, e.args, exp); return exp; }
    // `vector()` without context: element type unknown until unified with a sibling (`table(... = vector())`).
    if (e.args.length === 0) return vectorType(ERR);
    const types = e.args.map(a => checkExpr(c, a));
    const elem = unify(c, e, types);
    for (let i = 0; i < e.args.length; i++) e.args[i] = coerce(c, e.args[i], elem, 'elem');
    return vectorType(elem);
  }
  // table / set
  if (exp && exp.kind === 'table' && (e.ctor === 'set') === (exp.yield === undefined)) {
    checkItems(c, e, e.args, exp);
    return exp;
  }
  if (e.args.length === 0) {
    if (exp) error(c, e.pos, `type clash: ${e.ctor}() where ${typeName(exp)} is expected`);
    return e.ctor === 'set' ? setType([ERR]) : tableType([ERR], ERR);
  }
  if (e.ctor === 'set') {
    const first = e.args[0];
    const arity = first.k === 'list' ? first.items.length : 1;
    const cols: Type[][] = Array.from({ length: arity }, () => []);
    for (const a of e.args) {
      const idx = a.k === 'list' ? a.items : [a];
      if (idx.length !== arity) { error(c, a.pos, 'inconsistent index size in set constructor'); continue; }
      idx.forEach((x, i) => cols[i].push(checkExpr(c, x)));
    }
    const st = setType(cols.map(col => unify(c, e, col)));
    return st;
  }
  const first = e.args[0];
  if (first.k !== 'tableItem') return bad(c, e, 'table constructor element must be [index] = value');
  const arity = first.index.length;
  const cols: Type[][] = Array.from({ length: arity }, () => []);
  const vals: Type[] = [];
  for (const a of e.args) {
    if (a.k !== 'tableItem' || a.index.length !== arity) { error(c, a.pos, 'inconsistent table constructor element'); continue; }
    a.index.forEach((x, i) => cols[i].push(checkExpr(c, x)));
    // Zeek (language.assign-in-constructor-value): `table([1] = (g = 5))` is an error, not an assignment.
    if (a.value.k === 'assign') error(c, a.value.pos, 'illegal assignment in initialization');
    vals.push(checkExpr(c, a.value));
  }
  const yieldType = unify(c, e, vals);
  // Values built by record constructors of different shapes share a merged type (mergeAnonymousRecords).
  if (yieldType.kind === 'record') {
    for (const a of e.args) if (a.k === 'tableItem' && a.value.type !== yieldType) a.value = coerce(c, a.value, yieldType, 'elem');
  }
  return tableType(cols.map(col => unify(c, e, col)), yieldType);
}

/**
 * Two anonymous record types (from `[$a = …]` constructors) met in one container constructor: Zeek types the
 * container with their union, in first-seen field order, a field missing from either side being `&optional`
 * (Baseline language.init-integration/out prints `manager=<uninitialized>` for the nodes built without it).
 * Undefined when either type has a name or a shared field's types differ.
 *
 * ## Example
 * mergeAnonymousRecords(record { a:count; }, record { a:count; b:string; }) // record { a:count; b:string &optional; }
 */
function mergeAnonymousRecords(a: RecordType, b: RecordType): RecordType | undefined {
  if (a.name !== undefined || b.name !== undefined) return undefined;
  const fields: { name: string; type: Type; optional: boolean }[] = [];
  for (const f of a.fields) {
    const g = recordField(b, f.name);
    if (g && !sameType(f.type, g.type)) return undefined;
    fields.push({ name: f.name, type: f.type, optional: f.optional || !g || g.optional });
  }
  for (const g of b.fields) if (!recordField(a, g.name)) fields.push({ name: g.name, type: g.type, optional: true });
  return recordType(fields);
}

/** The common type of constructor elements (numeric promotion; otherwise all the same). */
function unify(c: Checker, e: Expr, types: Type[]): Type {
  let t: Type | undefined;
  for (const x of types) {
    if (isErr(x)) return ERR;
    if (x.kind === 'vector' && x.elem === ERR && (!t || t.kind === 'vector')) { t = t ?? x; continue; }
    if (t && t.kind === 'vector' && t.elem === ERR && x.kind === 'vector') { t = x; continue; }
    if (!t) { t = x; continue; }
    if (isNum(t) && isNum(x)) { t = promote(t, x)!; continue; }
    if (t.kind === 'record' && x.kind === 'record' && !sameType(t, x)) {
      const m = mergeAnonymousRecords(t, x);
      if (m) { t = m; continue; }
    }
    if (!sameType(t, x)) { error(c, e.pos, `inconsistent types in constructor: ${typeName(t)} and ${typeName(x)}`); return ERR; }
  }
  return t ?? ERR;
}

function checkIndex(c: Checker, e: Extract<Expr, { k: 'index' }>): Type {
  const t = checkExpr(c, e.target);
  if (isErr(t)) { for (const i of e.indices) checkExpr(c, i); return ERR; }
  if (t.kind === 'table') {
    checkIndexList(c, e.indices, t, e.pos);
    if (!t.yield) return bad(c, e, 'cannot index a set (use "in")');
    // `pt["foo"]` on a `table[pattern] of T`: the values of every pattern that matches, as a `vector of T`
    // (Zeek: language.pattern-tables).
    if (t.index.length === 1 && t.index[0].kind === 'pattern' && e.indices[0].type?.kind === 'string') return vectorType(t.yield);
    return t.yield;
  }
  if (t.kind === 'vector') {
    if (e.indices.length !== 1) return bad(c, e, 'vector index must be a single value');
    const it = checkExpr(c, e.indices[0]);
    if (!isErr(it) && !isIntegral(it) && !(it.kind === 'vector')) error(c, e.pos, `vector index must be integral (got ${typeName(it)})`);
    return t.elem;
  }
  if (t.kind === 'string') {
    if (e.indices.length !== 1) return bad(c, e, 'string index must be a single value');
    checkIntegral(c, e.indices[0]);
    return T.string;
  }
  return bad(c, e, `cannot index ${typeName(t)}`);
}

/** Reports an error unless `e` can be assigned to. */
export function checkLvalue(c: Checker, e: Expr): void {
  if (e.k === 'name') {
    const s = e.info?.sym;
    if (!s) return;
    if (s.kind === 'local' && s.isConst) error(c, e.pos, `const is not a modifiable lvalue: ${e.name}`);
    if (s.kind === 'global' && (s.storage === 'const' || s.storage === 'option')) error(c, e.pos, `const is not a modifiable lvalue: ${e.name}`);
    if (s.kind === 'enumConst' || s.kind === 'type' || s.kind === 'builtin') error(c, e.pos, `not a modifiable lvalue: ${e.name}`);
    return;
  }
  if (e.k === 'field' || e.k === 'index' || e.k === 'list') return;
  // `v[i:j] = w` replaces a vector's slice (Zeek); a string is immutable.
  if (e.k === 'slice' && e.target.type?.kind === 'vector') return;
  error(c, e.pos, 'not a modifiable lvalue');
}

function checkAssign(c: Checker, e: Extract<Expr, { k: 'assign' }>): Type {
  const tt = checkExpr(c, e.target);
  checkLvalue(c, e.target);
  if (e.op === '=') {
    // An `any` target may hold a type value, as in Zeek (language.any-when: `bar = c` with `type c: count`).
    const vt = !isErr(tt) && tt.kind === 'any' ? checkValueOrType(c, e.value, tt) : checkExpr(c, e.value, tt);
    if (isErr(tt) || isErr(vt)) return isErr(tt) ? ERR : tt;
    e.value = coerce(c, e.value, tt, 'assign');
    return tt;
  }
  const vt = checkExpr(c, e.value, tt);
  if (isErr(tt) || isErr(vt)) return ERR;
  // Compound assignment: numeric (converted back with the run-time rule), string append, pattern alternation,
  // container merge/removal, vector append, time/interval arithmetic.
  if (isNum(tt) && isNum(vt)) { e.info = { mode: 'num', result: promote(tt, vt) }; return tt; }
  if (tt.kind === 'string' && vt.kind === 'string' && e.op === '+=') { e.info = { mode: 'str' }; return tt; }
  if (tt.kind === 'pattern' && vt.kind === 'pattern' && e.op === '+=') { e.info = { mode: 'pattern' }; return tt; }
  if ((tt.kind === 'interval' || tt.kind === 'time') && vt.kind === 'interval') { e.info = { mode: 'time' }; return tt; }
  if (tt.kind === 'table' && vt.kind === 'table') { e.info = { mode: 'table' }; return tt; }
  if (tt.kind === 'vector' && e.op === '+=') {
    // A vector of the element type is one element (`v3 += v2` for v3: vector of vector of count, Baseline
    // language.init-integration/out); a vector of the vector's own type is appended element by element.
    if (vt.kind === 'vector' && !(tt.elem.kind === 'vector' && !sameType(vt, tt) && sameType(vt, tt.elem))) { e.info = { mode: 'vecAll' }; return tt; }
    e.value = coerce(c, e.value, tt.elem, 'elem');
    e.info = { mode: 'vecOne' };
    return tt;
  }
  return bad(c, e, `type clash in ${e.op}: ${typeName(tt)} and ${typeName(vt)}`);
}

const CMP = new Set(['<', '>', '<=', '>=']);

function checkBinary(c: Checker, e: Extract<Expr, { k: 'binary' }>): Type {
  const op = e.op;
  if (op === 'in' || op === '!in') return checkIn(c, e);
  const a = checkExpr(c, e.left);
  const b = checkExpr(c, e.right, a);
  if (isErr(a) || isErr(b)) return ERR;
  const fail = () => { error(c, e.pos, `type clash in ${op}: ${typeName(a)} and ${typeName(b)}`); return ERR; };
  const num = isNum(a) && isNum(b);
  // Element-wise arithmetic on two vectors of numbers (Zeek; mixing vector and scalar is an error).
  if ((op === '+' || op === '-' || op === '*' || op === '/' || op === '%') && a.kind === 'vector' && b.kind === 'vector' &&
      isNum(a.elem) && isNum(b.elem)) {
    const p = promote(a.elem, b.elem)!;
    if (op === '%' && p.kind === 'double') return fail();
    e.info = { operand: p, vector: true };
    return vectorType(p);
  }
  // Element-wise logic and comparisons on two vectors (Zeek test language.vector: `v12 && v13`, `v == w` give a
  // vector of bool).
  if (a.kind === 'vector' && b.kind === 'vector') {
    if ((op === '&&' || op === '||') && a.elem.kind === 'bool' && b.elem.kind === 'bool') {
      e.info = { operand: T.bool, vector: true };
      return vectorType(T.bool);
    }
    if (op === '==' || op === '!=' || CMP.has(op)) {
      const ea = a.elem, eb = b.elem;
      const operand = isNum(ea) && isNum(eb) ? promote(ea, eb)! : sameType(ea, eb) ? ea : undefined;
      const ordered = operand && ['count', 'int', 'double', 'time', 'interval', 'port', 'string', 'addr'].includes(operand.kind);
      const eq = operand && (ordered || ['bool', 'enum', 'subnet', 'pattern'].includes(operand.kind));
      if (CMP.has(op) ? ordered : eq) { e.info = { operand, vector: true }; return vectorType(T.bool); }
      return fail();
    }
  }
  const promoteBoth = () => {
    const p = promote(a, b)!;
    e.left = coerce(c, e.left, p, 'assign');
    e.right = coerce(c, e.right, p, 'assign');
    e.info = { operand: p };
    return p;
  };
  switch (op) {
    case '&&': case '||':
      expectBool(c, e.left, a); expectBool(c, e.right, b);
      return T.bool;
    case '+':
      if (num) return promoteBoth();
      if (a.kind === 'string' && b.kind === 'string') { e.info = { operand: T.string }; return T.string; }
      if (a.kind === 'time' && b.kind === 'interval') return T.time;
      if (a.kind === 'interval' && b.kind === 'time') return T.time;
      if (a.kind === 'interval' && b.kind === 'interval') return T.interval;
      return fail();
    case '-':
      if (num) return promoteBoth();
      if (a.kind === 'time' && b.kind === 'interval') return T.time;
      if (a.kind === 'time' && b.kind === 'time') return T.interval;
      if (a.kind === 'interval' && b.kind === 'interval') return T.interval;
      if (a.kind === 'table' && b.kind === 'table') { e.info = { operand: a }; return a; }
      return fail();
    case '*':
      if (num) return promoteBoth();
      if (a.kind === 'interval' && isNum(b)) { e.right = coerce(c, e.right, T.double, 'assign'); return T.interval; }
      if (isNum(a) && b.kind === 'interval') { e.left = coerce(c, e.left, T.double, 'assign'); return T.interval; }
      return fail();
    case '/':
      if (num) return promoteBoth();
      if (a.kind === 'interval' && isNum(b)) { e.right = coerce(c, e.right, T.double, 'assign'); return T.interval; }
      if (a.kind === 'interval' && b.kind === 'interval') return T.double;
      if (a.kind === 'addr' && isIntegral(b)) { e.info = { operand: T.subnet }; return T.subnet; }
      return fail();
    case '%':
      if (isIntegral(a) && isIntegral(b)) return promoteBoth();
      return fail();
    case '&': case '|': case '^':
      if (a.kind === 'count' && b.kind === 'count') { e.info = { operand: T.count }; return T.count; }
      if (op !== '^' && a.kind === 'pattern' && b.kind === 'pattern') { e.info = { operand: T.pattern }; return T.pattern; }
      if (op !== '^' && a.kind === 'table' && b.kind === 'table') { e.info = { operand: a }; return a; }
      return fail();
    case '<<': case '>>':
      if (isIntegral(a) && b.kind === 'count') { e.info = { operand: a }; return a; }
      return fail();
    case '==': case '!=': case '<': case '>': case '<=': case '>=': {
      if (num) { promoteBoth(); return T.bool; }
      if ((a.kind === 'pattern' && b.kind === 'string') || (a.kind === 'string' && b.kind === 'pattern')) {
        if (CMP.has(op)) return fail();
        e.info = { operand: T.pattern, match: true };
        return T.bool;
      }
      if (a.kind === 'time' && isNum(b) && (op === '==' || op === '!=')) { e.info = { operand: T.time }; return T.bool; }
      if (a.kind !== b.kind) return fail();
      if (CMP.has(op) && (a.kind === 'bool' || a.kind === 'enum' || a.kind === 'subnet' || a.kind === 'record' || a.kind === 'pattern')) return fail();
      if (a.kind === 'enum' && !sameType(a, b)) return fail();
      e.info = { operand: a };
      return T.bool;
    }
  }
  return fail();
}

function checkIn(c: Checker, e: Extract<Expr, { k: 'binary' }>): Type {
  const rt = checkExpr(c, e.right);
  if (isErr(rt)) { checkExpr(c, e.left); return T.bool; }
  if (rt.kind === 'table') {
    const idx = e.left.k === 'list' ? e.left.items : [e.left];
    if (idx.length !== rt.index.length) {
      for (const i of idx) checkExpr(c, i);
      error(c, e.pos, `wrong index size: expected ${rt.index.length}, got ${idx.length}`);
      return T.bool;
    }
    for (let i = 0; i < idx.length; i++) {
      const got = checkExpr(c, idx[i], rt.index[i]);
      if (isErr(got)) continue;
      if (rt.index[i].kind === 'subnet' && got.kind === 'addr') continue;
      if (rt.index[i].kind === 'pattern' && got.kind === 'string') continue;
      const co = coerce(c, idx[i], rt.index[i], 'elem');
      if (e.left.k === 'list') e.left.items[i] = co; else e.left = co;
    }
    e.info = { mode: 'table' };
    return T.bool;
  }
  const lt = checkExpr(c, e.left);
  if (isErr(lt)) return T.bool;
  if (rt.kind === 'string' && (lt.kind === 'string' || lt.kind === 'pattern')) { e.info = { mode: lt.kind === 'string' ? 'substr' : 'pattern' }; return T.bool; }
  if (rt.kind === 'subnet' && lt.kind === 'addr') { e.info = { mode: 'subnet' }; return T.bool; }
  if (rt.kind === 'vector' && isIntegral(lt)) { e.info = { mode: 'vector' }; return T.bool; }
  if (lt.kind === 'pattern' && rt.kind === 'string') { e.info = { mode: 'pattern' }; return T.bool; }
  error(c, e.pos, `type clash in ${e.op}: ${typeName(lt)} and ${typeName(rt)}`);
  return T.bool;
}

/**
 * Checks that a value of `e.type` may go where `to` is expected and wraps `e` in a `coerce` node when the
 * representation changes. `ctx` selects between the warning (plain assignment/initialiser) and the error
 * (arguments, record fields, container elements) for narrowing numeric conversions (§2.2).
 *
 * ## Example
 * ```ts
 * coerce(c, countExpr, T.double, 'arg'); // { k: 'coerce', mode: 'toDouble', expr: countExpr }
 * ```
 */
export function coerce(c: Checker, e: Expr, to: Type, ctx: CoerceCtx): Expr {
  const from = e.type;
  if (isErr(from) || to === ERR) return e;
  const wrap = (mode: Extract<Expr, { k: 'coerce' }>['mode']): Expr =>
    ({ k: 'coerce', expr: e, mode, pos: e.pos, end: e.end, type: to } as Expr);
  if (to.kind === 'any') return from!.kind === 'any' ? e : wrap('toAny');
  if (from!.kind === 'any') return wrap('fromAny');
  if (sameType(from!, to)) return e;
  const kind = assignCoercion(from!, to);
  if (isNum(from!) && isNum(to)) {
    const mode = to.kind === 'double' ? 'toDouble' : to.kind === 'int' ? 'toInt' : 'toCount';
    if (kind === 'narrow') {
      if (ctx === 'assign' || ctx === 'init' || ctx === 'return') {
        warn(c, e.pos, from!.kind === 'double' ? 'dangerous assignment of double to integral' : 'dangerous assignment of integer to count');
      } else {
        error(c, e.pos, 'over-promotion of arithmetic value');
      }
    }
    return wrap(mode);
  }
  if (from!.kind === 'record' && to.kind === 'record') {
    if (!recordCoercible(from!, to)) {
      const f = narrowedField(from!, to);
      error(c, e.pos, f ? `type clash for field "${f.name}" (${typeName(f.from)} and ${typeName(f.to)})` : `type clash: ${typeName(from)} is not ${typeName(to)}`);
      return e;
    }
    return wrap('record');
  }
  if (from!.kind === 'table' && to.kind === 'table' && (from!.index.some(x => x === ERR) || from!.yield === ERR)) return e;
  if (from!.kind === 'vector' && to.kind === 'vector' && from!.elem === ERR) return e;
  // A `vector of T` seen as `vector of any` stays a vector of T (stores through the any view are unboxed).
  if (from!.kind === 'vector' && to.kind === 'vector' && to.elem.kind === 'any' && from!.elem.kind !== 'any') return wrap('vecAsAny');
  if (kind === 'none') {
    // Zeek: "argument type mismatch in function call" (test core.function_argument_types).
    const what = ctx === 'callArg' ? 'argument type mismatch in function call' : 'type clash';
    error(c, e.pos, `${what}: ${typeName(from)} is not ${typeName(to)}`);
    return e;
  }
  return e;
}

/**
 * Checks the expressions of table attributes (`&default`, `&expire_func`, `&*_expire`, `&on_change`) in the
 * current body, so the lowering finds them typed.
 *
 * ## Example
 * ```ts
 * checkTableAttrs(c, stmt.attrs, tableType([T.count], T.count));
 * ```
 */
export function checkTableAttrs(c: Checker, attrs: import('../ast').AttrNode[], type: Type): void {
  // An attribute given twice where either one has a value cannot say which applies (Zeek's words,
  // language.duplicate-attributes); `&redef &redef` is harmless.
  // An attribute that is itself rejected here (`&default` on a non-table global) is not kept, so Zeek reports no
  // duplicate for it (language.attr-default-global-set-error).
  const kept = (name: string) => (name !== 'default' && name !== 'default_insert' && name !== 'optional') || type.kind === 'table';
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i];
    const prev = attrs.slice(0, i).find(x => x.name === a.name);
    if (prev && (a.expr || prev.expr) && kept(a.name)) error(c, a.pos, `Duplicate &${a.name} attribute is ambiguous`);
  }
  for (const a of attrs) {
    if (!a.expr) continue;
    if ((a.name === 'default' || a.name === 'default_insert') && type.kind === 'table' && type.yield) {
      const t = checkExpr(c, a.expr, type.yield);
      if (t.kind !== 'function') a.expr = coerce(c, a.expr, type.yield, 'init');
    } else if (a.name.endsWith('_expire')) {
      const t = checkExpr(c, a.expr);
      if (t !== ERR && t.kind !== 'interval') error(c, a.pos, `&${a.name} requires an interval (got ${typeName(t)})`);
    } else {
      checkExpr(c, a.expr);
    }
  }
}

/** Record coercion matches fields by name; fields missing from `from` must be `&optional` or `&default`. */
/** The first field of `from` whose number would have to narrow to fit `to`'s field (for the error message). */
function narrowedField(from: RecordType, to: RecordType): { name: string; from: Type; to: Type } | undefined {
  for (const f of from.fields) {
    const g = recordField(to, f.name);
    if (g && isNum(f.type) && isNum(g.type) && assignCoercion(f.type, g.type) === 'narrow') return { name: f.name, from: f.type, to: g.type };
  }
  return undefined;
}

function recordCoercible(from: RecordType, to: RecordType, assumed: [RecordType, RecordType][] = []): boolean {
  if (from === to) return true;
  // A type that holds itself (`redef record A += { a: A &optional; }`, or two types holding each other): a pair
  // already being compared further up is taken as coercible, so the comparison ends.
  if (assumed.some(([a, b]) => a === from && b === to)) return true;
  assumed.push([from, to]);
  for (const f of from.fields) {
    const g = recordField(to, f.name);
    if (!g) return false;
    if (f.type.kind === 'record' && g.type.kind === 'record') { if (!recordCoercible(f.type, g.type, assumed)) return false; continue; }
    if (f.type.kind === 'table' && g.type.kind === 'table' && f.type.index.includes(ERR)) continue;
    if (f.type.kind === 'vector' && g.type.kind === 'vector' && f.type.elem === ERR) continue;
    // A field's number may only widen (count → int → double): `[$a = -2]` is no `record { a: count; }`, as in
    // Zeek (language.arithmetic-record-vec-fail).
    const how = assignCoercion(f.type, g.type);
    if (how === 'none' || how === 'narrow') return false;
  }
  for (const g of to.fields) {
    if (!recordField(from, g.name) && !g.optional && !g.default && !g.attrs?.some(a => a.name === 'default')) return false;
  }
  return true;
}

/** Declares loop variables and a fresh local with `fatal` for impossible iterations. */
export function loopTypes(c: Checker, t: Type, nVars: number, hasValue: boolean, pos: Pos): { keys: Type[]; value?: Type } {
  if (t.kind === 'table') {
    if (nVars !== t.index.length) fatal(pos, `wrong index size: ${nVars} loop variable(s) for ${t.index.length} index column(s)`);
    if (hasValue && !t.yield) fatal(pos, 'a value loop variable needs a table, not a set');
    return { keys: t.index, value: t.yield };
  }
  if (t.kind === 'vector') {
    if (nVars !== 1) fatal(pos, 'vector iteration takes one index variable');
    return { keys: [T.count], value: t.elem };
  }
  if (t.kind === 'string') {
    if (nVars !== 1 || hasValue) fatal(pos, 'string iteration takes one variable');
    return { keys: [T.string] };
  }
  if (t === ERR) return { keys: Array(nVars).fill(ERR), value: ERR };
  fatal(pos, `cannot iterate over ${typeName(t)}`);
}
