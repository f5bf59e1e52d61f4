/**
 * Type checking of statements and bodies (language.md §4.2, §8.4 capture rules, switch rules).
 */
import { FuncType, isAtomic, recordField, sameType, T, Type } from '../../src/runtime/types';
import type { Expr, FuncNode, Stmt } from '../ast';
import { CompileError } from '../diagnostics';
import { Checker, declareLocal, error, FnCtx, typeName, warn } from './context';
import { checkEventRef, checkExpr, checkTableAttrs, coerce, loopTypes } from './expressions';
import { ERR, resolveType } from './resolveType';

/**
 * Checks a function/event/hook/lambda body in its own frame; parameters take slots 0..n-1.
 *
 * ## Example
 * ```ts
 * checkFuncBody(c, newFn('event'), fnNode, eventType); // fills fnNode.frameSize
 * ```
 */
export function checkFuncBody(c: Checker, ctx: FnCtx, fn: FuncNode, ft: FuncType): void {
  const saved = c.fn;
  c.fn = ctx;
  try {
    ctx.ret = ft.yield;
    // Parameters always occupy slots 0..n-1 (lambda captures were placed after them).
    fn.params.forEach((p, i) => ctx.locals.set(p.name, { kind: 'local', name: p.name, type: ft.params[i]?.type ?? ERR, slot: i, isConst: false }));
    ctx.nextSlot = Math.max(ctx.nextSlot, fn.params.length);
    checkStmt(c, fn.body);
    fn.frameSize = ctx.nextSlot;
    // The latest declaration of each name (what a debugger's `print x` means at the end of the body).
    fn.locals = [...ctx.locals.values()].map((l) => ({ name: l.name, type: l.type, slot: l.slot }));
  } finally {
    c.fn = saved;
  }
}

/** Checks one statement, reporting errors and continuing with the next on failure. */
export function checkStmt(c: Checker, s: Stmt): void {
  try {
    checkStmtInner(c, s);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    c.diagnostics.push(e.diagnostic);
  }
}

function bool(c: Checker, e: Expr): void {
  const t = checkExpr(c, e);
  if (t !== ERR && t.kind !== 'bool') error(c, e.pos, `conditional must be boolean (got ${typeName(t)})`);
}

function checkStmtInner(c: Checker, s: Stmt): void {
  switch (s.k) {
    case 'print':
      for (const a of s.args) checkExpr(c, a);
      return;
    case 'expr':
      checkExpr(c, s.expr);
      return;
    case 'local': {
      let t: Type | undefined = s.declType ? resolveType(c, s.declType) : undefined;
      if (s.init) {
        if (!t) untypedListAsSet(s.init);
        const it = checkExpr(c, s.init, t);
        if (t) s.init = coerce(c, s.init, t, 'init');
        else t = it;
      }
      if (!t) { error(c, s.pos, `no type given for local ${s.name}`); t = ERR; }
      if (s.isConst && !s.init) error(c, s.pos, `const ${s.name} must be initialized`);
      if (s.attrs.some(a => a.name === 'persistent' || a.name === 'synchronized')) error(c, s.pos, '&persistant/synchronized with non-global');
      if (s.attrs.length) checkTableAttrs(c, s.attrs, t);
      // A lambda's local may not take a captured variable's name (Zeek: language.closure-binding-errors).
      if (c.fn.captures?.names.has(s.name) && c.fn.enclosing?.locals.has(s.name)) error(c, s.pos, `already defined (${s.name})`);
      const l = declareLocal(c, s.name, t, s.isConst);
      s.slot = l.slot;
      s.varType = t;
      return;
    }
    case 'if':
      bool(c, s.cond);
      checkStmt(c, s.then);
      if (s.else) checkStmt(c, s.else);
      return;
    case 'for': {
      const it = checkExpr(c, s.iter);
      // `for ( _, v in t )` over a multi-column table: one blank stands for the whole index (Zeek: blank-for).
      if (it.kind === 'table' && it.index.length > 1 && !s.keyTuple && s.vars.length === 1 && s.vars[0] === '_') {
        s.vars = Array(it.index.length).fill('_');
        s.keyTuple = true;
      }
      const lt = loopTypes(c, it, s.vars.length, s.valueVar !== undefined, s.pos);
      if (it.kind === 'table' && it.index.length > 1 && !s.keyTuple) {
        error(c, s.pos, 'wrong index size');
      }
      s.slots = s.vars.map((v, i) => declareLocal(c, v, lt.keys[i]).slot);
      if (s.valueVar !== undefined) s.valueSlot = declareLocal(c, s.valueVar, lt.value ?? ERR).slot;
      c.fn.loops++;
      try { checkStmt(c, s.body); } finally { c.fn.loops--; }
      return;
    }
    case 'while':
      bool(c, s.cond);
      c.fn.loops++;
      try { checkStmt(c, s.body); } finally { c.fn.loops--; }
      return;
    case 'next':
      if (c.fn.loops === 0) error(c, s.pos, '"next" statement used outside of a loop');
      return;
    case 'break':
      if (c.fn.loops === 0 && c.fn.switches === 0 && c.fn.kind !== 'hook') error(c, s.pos, '"break" statement used outside of a loop, switch or hook');
      return;
    case 'fallthrough':
      if (c.fn.switches === 0) error(c, s.pos, '"fallthrough" statement used outside of a switch');
      return;
    case 'return': {
      if (s.when) { checkStmt(c, s.when); return; }
      const ret = c.fn.ret;
      if (s.value) {
        // A hook body may `return T;`/`return F;`: the value is ignored, later bodies still run (Zeek test
        // language.hook).
        if (c.fn.kind === 'hook') { checkExpr(c, s.value, T.bool); s.value = coerce(c, s.value, T.bool, 'return'); return; }
        if (c.fn.kind !== 'function' || !ret || ret.kind === 'void') {
          error(c, s.pos, 'return statement with a value in a body that returns nothing');
          checkExpr(c, s.value);
          return;
        }
        checkExpr(c, s.value, ret);
        s.value = coerce(c, s.value, ret, 'return');
      }
      return;
    }
    case 'add': {
      const t = s.target;
      if (t.k !== 'index') { error(c, s.pos, 'illegal add statement: add needs a set element s[k]'); return; }
      const tt = checkExpr(c, t.target);
      if (tt === ERR) return;
      if (tt.kind !== 'table' || tt.yield) { error(c, s.pos, `illegal add statement: ${typeName(tt)} is not a set`); return; }
      checkIndexOf(c, t, tt);
      return;
    }
    case 'delete': {
      const t = s.target;
      if (t.k === 'index') {
        const tt = checkExpr(c, t.target);
        if (tt === ERR) return;
        if (tt.kind !== 'table') { error(c, s.pos, `illegal delete statement: ${typeName(tt)}`); return; }
        checkIndexOf(c, t, tt);
        return;
      }
      if (t.k === 'field') {
        const rt = checkExpr(c, t.rec);
        if (rt === ERR) return;
        if (rt.kind !== 'record') { error(c, s.pos, 'illegal delete expression'); return; }
        const f = recordField(rt, t.field);
        if (!f) { error(c, t.pos, `no such field in record: ${t.field}`); return; }
        if (!f.optional && !f.attrs?.some(a => a.name === 'default')) error(c, s.pos, 'illegal delete expression');
        t.type = f.type;
        return;
      }
      const tt = checkExpr(c, t);
      if (tt !== ERR && tt.kind !== 'table' && tt.kind !== 'vector') error(c, s.pos, 'illegal delete statement');
      return;
    }
    case 'event':
      s.sym = checkEventRef(c, s.name, s.namePos, s.args);
      return;
    case 'block': {
      const fn = c.fn;
      fn.scopes.push([]);
      try {
        for (const x of s.stmts) checkStmt(c, x);
      } finally {
        for (const name of fn.scopes.pop()!) {
          const l = fn.locals.get(name);
          if (l) fn.outOfScope.add(l);
        }
      }
      return;
    }
    case 'when': return checkWhen(c, s as Extract<Stmt, { k: 'when' }>);
    case 'switch': return checkSwitch(c, s as Extract<Stmt, { k: 'switch' }>);
    case 'assert':
      bool(c, s.cond);
      if (s.msg) {
        const mt = checkExpr(c, s.msg);
        if (mt !== ERR && mt.kind !== 'string') error(c, s.msg.pos, 'assert message must be a string');
      }
      return;
    case 'null':
      return;
  }
}

function checkIndexOf(c: Checker, t: Extract<Expr, { k: 'index' }>, tt: Type): void {
  if (tt.kind !== 'table') return;
  if (t.indices.length !== tt.index.length) { error(c, t.pos, `wrong index size: expected ${tt.index.length}, got ${t.indices.length}`); return; }
  for (let i = 0; i < t.indices.length; i++) {
    const want = tt.index[i];
    const got = checkExpr(c, t.indices[i], want);
    if (got === ERR) continue;
    if (want.kind === 'subnet' && got.kind === 'addr') continue;
    t.indices[i] = coerce(c, t.indices[i], want, 'elem');
  }
  t.type = tt.yield ?? T.bool;
}

function checkWhen(c: Checker, s: Extract<Stmt, { k: 'when' }>): void {
  const uses = { depthSlot: c.fn.nextSlot, used: new Map<string, import('../diagnostics').Pos>() };
  // A capture must name a local that exists where the `when` runs: a when-local of the condition or a
  // local declared in the body is not one yet (Zeek: "no such local identifier", language.when-capture-errors).
  const unknown = new Set((s.captures ?? []).filter((cap) => {
    const l = c.fn.locals.get(cap.name);
    return !l || l.slot >= uses.depthSlot || c.fn.outOfScope.has(l);
  }).map((cap) => cap.name));
  c.fn.whenUses.push(uses);
  try {
    bool(c, s.cond);
    checkStmt(c, s.body);
    if (s.timeout) {
      const t = checkExpr(c, s.timeout);
      if (t !== ERR && t.kind !== 'interval') error(c, s.timeout.pos, `timeout requires an interval (got ${typeName(t)})`);
    }
    if (s.timeoutBody) checkStmt(c, s.timeoutBody);
  } finally {
    c.fn.whenUses.pop();
  }
  for (const cap of s.captures ?? []) (cap as { slot?: number }).slot = c.fn.locals.get(cap.name)?.slot;
  if (s.captures) {
    const names = new Set(s.captures.map(x => x.name));
    for (const [name, pos] of uses.used) {
      if (!names.has(name)) error(c, pos, `"${name}" is used inside "when" statement but not captured`);
    }
    for (const cap of s.captures) {
      if (unknown.has(cap.name)) error(c, cap.pos, `no such local identifier: ${cap.name}`);
      else if (!uses.used.has(cap.name)) error(c, cap.pos, `"${cap.name}" is captured but not used inside "when" statement`);
    }
  } else if (uses.used.size > 0) {
    warn(c, s.pos, 'use of "when" without a capture list is deprecated (locals are copied as in Bro 1.x-Zeek 4.x)');
  }
  s.captures = s.captures ?? undefined;
}

/**
 * Zeek types an initialiser `[a, b, …]` without a declared type as a set of the elements' type
 * (`local s = [1, 2, 3];` is a `set[count]`), the same as `{a, b, …}`; only a non-empty list qualifies.
 *
 * ## Example
 * untypedListAsSet(init) // `[1, 2]` becomes the brace constructor `{1, 2}`
 */
export function untypedListAsSet(e: Expr): void {
  if (e.k === 'list' && e.items.length > 0) (e as { k: string }).k = 'brace';
}

const TERMINATORS = new Set(['break', 'fallthrough', 'return']);

function lastStmt(b: Stmt[]): Stmt | undefined {
  const l = b[b.length - 1];
  if (l && l.k === 'block') return lastStmt(l.stmts) ?? l;
  return l;
}

/**
 * A case label's identity for the duplicate check: address, subnet and port literals are objects, whose
 * `String()` is the same "[object Object]" for all of them, so their contents are serialised instead.
 *
 * ## Example
 * constLabelKey(3) // "3"
 */
function constLabelKey(v: unknown): string {
  if (typeof v !== 'object' || v === null) return String(v);
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
}

function checkSwitch(c: Checker, s: Extract<Stmt, { k: 'switch' }>): void {
  const t = checkExpr(c, s.expr);
  const isType = s.cases.some(k => k.typeLabels);
  if (t !== ERR && !isType && !isAtomic(t) && t.kind !== 'enum') error(c, s.expr.pos, `switch expression must be of an atomic type (got ${typeName(t)})`);
  if (s.cases.some(k => k.typeLabels) && s.cases.some(k => k.labels.length)) error(c, s.pos, 'cannot mix cases with expressions and types');
  const seen = new Set<unknown>();
  let defaults = 0;
  c.fn.switches++;
  try {
    for (const k of s.cases) {
      if (k.isDefault && ++defaults > 1) error(c, k.pos, 'multiple default labels');
      for (let i = 0; i < k.labels.length; i++) {
        const l = k.labels[i];
        const lt = checkExpr(c, l, t);
        if (l.k !== 'const' && !(l.k === 'name' && (l.info?.sym?.kind === 'enumConst' || l.info?.sym?.storage === 'const'))) {
          error(c, l.pos, 'case label expression isn\'t constant');
        }
        if (t !== ERR && lt !== ERR) k.labels[i] = coerce(c, l, t, 'assign');
        const key = l.k === 'const' ? constLabelKey(l.value) : l.k === 'name' ? 'name:' + l.name : undefined;
        if (key !== undefined) {
          if (seen.has(key)) error(c, l.pos, 'duplicate case label');
          seen.add(key);
        }
      }
      for (const tl of k.typeLabels ?? []) {
        const tt = resolveType(c, tl.type);
        (tl as { resolved?: Type }).resolved = tt;
        // Zeek: a type case must be reachable from the switch value (only `any` holds other types), and one
        // type may label one case.
        if (t !== ERR && tt !== ERR && t.kind !== 'any' && !sameType(t, tt)) error(c, k.pos, 'cannot cast switch expression to case type');
        if (tt !== ERR) {
          const key = 'type:' + typeName(tt);
          if (seen.has(key)) error(c, k.pos, 'duplicate case label');
          seen.add(key);
        }
        if (tl.bind) tl.slot = declareLocal(c, tl.bind, tt).slot;
      }
      for (const st of k.body) checkStmt(c, st);
      const last = lastStmt(k.body);
      if (!last || !TERMINATORS.has(last.k)) error(c, k.pos, 'case block must end in break/fallthrough/return statement');
    }
  } finally {
    c.fn.switches--;
  }
}
