/**
 * Lowering of checked statements to closures `(frame) => completion`. Compiled with `instrument` (tracer `-t`,
 * debugger `-d`), each statement calls the statement hook with its source position first; without it,
 * statements carry no hook code at all.
 */
import * as R from '../../src/runtime';
import { V } from './runtimeValues';
import { Integral, TableValue, Type } from '../../src/runtime';
import type { Expr, Stmt } from '../ast';
import type { GlobalSym } from '../check/symbols';
import { guard, lowerDiscardedCall, lowerExpr } from './expressions';
import type { Lowerer } from './lowerer';
import { BREAK, Completion, Ev, Ex, FALLTHROUGH, Frame, NEXT, NORMAL, Pending, RETURN, locate, reportError } from './runtime';
import { copyValue, emptyValue } from './values';
import { lowerWhen, lowerWhenAsync } from './when';
import * as T_ from './tables';
import { reportStateUpdate, synchronizedName } from './synchronized';

/**
 * Lowers a statement, wrapping it with the statement hook when the program is instrumented.
 *
 * ## Example
 * ```ts
 * const ex = lowerStmt(L, stmt);
 * ex(frame); // NORMAL, BREAK, NEXT, RETURN or FALLTHROUGH
 * ```
 */
export function lowerStmt(L: Lowerer, s: Stmt): Ex {
  if (s.k === 'block' || !L.instrument) return lowerInner(L, s);
  const inner = lowerInner(L, s);
  const rt = L.rt;
  const pos = s.pos;
  const end = s.end;
  return (f) => {
    if (rt.onStatement !== undefined) rt.onStatement(pos, end);
    return inner(f);
  };
}

function lowerBlock(L: Lowerer, stmts: Stmt[]): Ex {
  const list = stmts.map(s => lowerStmt(L, s));
  if (list.length === 0) return () => NORMAL;
  if (list.length === 1) return list[0];
  const n = list.length;
  return (f) => {
    for (let i = 0; i < n; i++) {
      const c = list[i](f);
      if (c !== NORMAL) return c;
    }
    return NORMAL;
  };
}

function lowerInner(L: Lowerer, s: Stmt): Ex {
  switch (s.k) {
    case 'print': return lowerPrint(L, s.args);
    case 'expr': {
      const e = s.expr.k === 'call' ? lowerDiscardedCall(L, s.expr) : lowerExpr(L, s.expr);
      return (f) => { e(f); return NORMAL; };
    }
    case 'local': {
      const slot = s.slot!;
      const t = s.varType!;
      if (s.init) {
        const init = lowerExpr(L, s.init);
        if (t.kind === 'table' && s.attrs.length > 0) {
          // `local t: table[..] of .. = { ... } &default = 0;` — the attributes apply to the initial value.
          const attach = L.tableAttrs(t, s.attrs);
          return (f) => { f.v[slot] = attach(init(f) as TableValue, f); return NORMAL; };
        }
        return (f) => { f.v[slot] = init(f); return NORMAL; };
      }
      if (t.kind === 'table') {
        const make = L.tableInit(t, s.attrs);
        return (f) => { f.v[slot] = make(f); return NORMAL; };
      }
      return (f) => { f.v[slot] = emptyValue(t); return NORMAL; };
    }
    case 'if': {
      const c = lowerExpr(L, s.cond);
      const a = lowerStmt(L, s.then);
      if (!s.else) return (f) => (c(f) ? a(f) : NORMAL);
      const b = lowerStmt(L, s.else);
      return (f) => (c(f) ? a(f) : b(f));
    }
    case 'for': return lowerFor(L, s as Extract<Stmt, { k: 'for' }>);
    case 'while': {
      const c = lowerExpr(L, s.cond);
      const body = lowerStmt(L, s.body);
      return (f) => {
        while (c(f)) {
          const r = body(f);
          if (r === BREAK) break;
          if (r === RETURN) return r;
        }
        return NORMAL;
      };
    }
    case 'next': return () => NEXT;
    case 'break': return () => BREAK;
    case 'fallthrough': return () => FALLTHROUGH;
    case 'return': {
      if (s.when) {
        // `return when`: the function's result is delayed until the trigger's body (or timeout) returns.
        const w = lowerWhenAsync(L, s.when as Extract<Stmt, { k: 'when' }>);
        return (f) => {
          const p = new Pending();
          w(f, p);
          f.ret = p;
          return RETURN;
        };
      }
      if (!s.value) return () => RETURN;
      const v = lowerExpr(L, s.value);
      return (f) => { f.ret = v(f); return RETURN; };
    }
    case 'add': {
      const t = s.target as Extract<Expr, { k: 'index' }>;
      const target = lowerExpr(L, t.target);
      const types = (t.target.type as R.TableType).index;
      const idx = t.indices.map(x => lowerExpr(L, x));
      const sync = synchronizedName(t.target);
      return wrap(L, s.target, (f) => {
        const tv = target(f) as R.SetValue;
        const index = idx.map(x => x(f));
        T_.tableAdd(tv, V.canonicalKey(index, types), index);
        L.rt.notify(tv);
        if (sync) reportStateUpdate(L.rt, 'add', sync, index);
        return NORMAL;
      });
    }
    case 'delete': return lowerDelete(L, s.target);
    case 'event': {
      const sym = s.sym as GlobalSym | undefined;
      const name = sym ? sym.name : s.name;
      const args = s.args.map(a => lowerExpr(L, a));
      const rt = L.rt;
      return (f) => {
        const vals = args.map(a => a(f));
        rt.ctx.events.raise(name, ...vals);
        return NORMAL;
      };
    }
    case 'block': return lowerBlock(L, s.stmts);
    case 'when': return lowerWhen(L, s as Extract<Stmt, { k: 'when' }>);
    case 'switch': return lowerSwitch(L, s as Extract<Stmt, { k: 'switch' }>);
    case 'assert': {
      const c = lowerExpr(L, s.cond);
      const m = s.msg ? lowerExpr(L, s.msg) : undefined;
      const text = s.text;
      const pos = s.cond.pos;
      const rt = L.rt;
      // Located at the condition but without the usual `(expression)` suffix: the message already quotes the
      // condition (Zeek: `assertion failure: getpid() == 0 (my pid greater 0? T)`, language.assert-top-level).
      return (f) => {
        try {
          if (!c(f)) V.runtimeError(`assertion failure: ${text}${m ? ` (${m(f) as string})` : ''}`, 'statement');
        } catch (err) {
          throw locate(err, pos, pos.offset, rt);
        }
        return NORMAL;
      };
    }
    case 'null': return () => NORMAL;
  }
}

function wrap(L: Lowerer, e: Expr, fn: Ex): Ex {
  return guard(L, e, fn as Ev) as Ex;
}

function lowerPrint(L: Lowerer, args: Expr[]): Ex {
  const evs = args.map(a => lowerExpr(L, a));
  const types: Type[] = args.map(a => a.type!);
  const rt = L.rt;
  const toFile = types[0]?.kind === 'file';
  return (f) => {
    const vals = evs.map(e => e(f));
    if (toFile) {
      const file = vals[0] as R.FileValue;
      if (file.raw) V.fileWrite(file, vals.slice(1).map((v, i) => V.formatValueRaw(v, types[i + 1])).join(''));
      else V.fileWrite(file, V.formatPrintLine(vals.slice(1), types.slice(1)) + '\n');
      return NORMAL;
    }
    rt.ctx.stdout(V.formatPrintLine(vals, types) + '\n');
    return NORMAL;
  };
}

function lowerDelete(L: Lowerer, t: Expr): Ex {
  if (t.k === 'index') {
    const target = lowerExpr(L, t.target);
    const tt = t.target.type!;
    const idx = t.indices.map(x => lowerExpr(L, x));
    if (tt.kind === 'table') {
      const types = tt.index;
      const sync = synchronizedName(t.target);
      return wrap(L, t, (f) => {
        const tv = target(f) as TableValue;
        const index = idx.map(x => x(f));
        T_.tableDelete(tv, V.canonicalKey(index, types));
        L.rt.notify(tv);
        if (sync) reportStateUpdate(L.rt, 'del', sync, index);
        return NORMAL;
      });
    }
    return () => NORMAL;
  }
  if (t.k === 'field') {
    const rec = lowerExpr(L, t.rec);
    const rt = t.rec.type as R.RecordType;
    const name = t.field;
    return wrap(L, t, (f) => {
      const r = rec(f) as R.RecordValue;
      V.recordDelete(r, rt, name);
      L.rt.notify(r);
      return NORMAL;
    });
  }
  const target = lowerExpr(L, t);
  const kind = t.type!.kind;
  return wrap(L, t, (f) => {
    const v = target(f);
    if (kind === 'vector') (v as unknown[]).length = 0;
    else T_.tableClear(v as TableValue);
    L.rt.notify(v as object);
    return NORMAL;
  });
}

function lowerFor(L: Lowerer, s: Extract<Stmt, { k: 'for' }>): Ex {
  const iter = lowerExpr(L, s.iter);
  const body = lowerStmt(L, s.body);
  const slots = s.slots!;
  const vslot = s.valueSlot;
  const t = s.iter.type!;
  if (t.kind === 'vector') {
    return (f) => {
      const v = iter(f) as unknown[];
      for (const i of V.vectorIndexes(v)) {
        if (v[i] === undefined) continue;
        f.v[slots[0]] = i;
        if (vslot !== undefined) f.v[vslot] = v[i];
        const r = body(f);
        if (r === BREAK) break;
        if (r === RETURN) return r;
      }
      return NORMAL;
    };
  }
  if (t.kind === 'string') {
    return (f) => {
      const str = iter(f) as string;
      for (let i = 0; i < str.length; i++) {
        f.v[slots[0]] = str[i];
        const r = body(f);
        if (r === BREAK) break;
        if (r === RETURN) return r;
      }
      return NORMAL;
    };
  }
  const n = slots.length;
  return (f) => {
    const tv = iter(f) as TableValue;
    // Iterate over a snapshot of the keys; keys deleted meanwhile are skipped (§2.10).
    const keys = [...tv.map.keys()];
    for (const k of keys) {
      const en = tv.map.get(k);
      if (en === undefined) continue;
      for (let i = 0; i < n; i++) f.v[slots[i]] = en.index[i];
      if (vslot !== undefined) f.v[vslot] = en.value;
      const r = body(f);
      if (r === BREAK) break;
      if (r === RETURN) return r;
    }
    return NORMAL;
  };
}

function lowerSwitch(L: Lowerer, s: Extract<Stmt, { k: 'switch' }>): Ex {
  const subject = lowerExpr(L, s.expr);
  const bodies = s.cases.map(c => lowerBlock(L, c.body));
  const defaultIdx = s.cases.findIndex(c => c.isDefault);
  const isTypeSwitch = s.cases.some(c => c.typeLabels);
  const run = (f: Frame, start: number): Completion => {
    for (let i = start; i < bodies.length; i++) {
      const r = bodies[i](f);
      if (r === FALLTHROUGH) continue;
      if (r === BREAK) return NORMAL;
      return r;
    }
    return NORMAL;
  };
  if (isTypeSwitch) {
    const labels = s.cases.map(c => (c.typeLabels ?? []).map(tl => ({ type: (tl as { resolved?: Type }).resolved!, slot: tl.slot })));
    return wrap(L, s.expr, (f) => {
      const v = subject(f);
      const [val, dyn] = V.dynamicType(v, s.expr.type!);
      for (let i = 0; i < labels.length; i++) {
        for (const l of labels[i]) {
          if (V.sameType(l.type, dyn)) {
            if (l.slot !== undefined) f.v[l.slot] = val;
            return run(f, i);
          }
        }
      }
      return defaultIdx >= 0 ? run(f, defaultIdx) : NORMAL;
    });
  }
  // Constant labels: one Map lookup per execution (labels are folded when the switch is first run).
  const labelEvs = s.cases.map(c => c.labels.map(l => lowerExpr(L, l)));
  const keyOf = (v: unknown): unknown => (typeof v === 'object' && v !== null ? JSON.stringify(v) : v);
  let table: Map<unknown, number> | undefined;
  return wrap(L, s.expr, (f) => {
    if (!table) {
      table = new Map();
      labelEvs.forEach((ls, i) => ls.forEach(l => { const k = keyOf(l(f)); if (!table!.has(k)) table!.set(k, i); }));
    }
    const i = table.get(keyOf(subject(f) as Integral));
    if (i !== undefined) return run(f, i);
    return defaultIdx >= 0 ? run(f, defaultIdx) : NORMAL;
  });
}

/** Runs a handler body, reporting a run-time error and abandoning just this body (§2.14). */
export function runBody(L: Lowerer, body: Ex, f: Frame): void {
  try {
    body(f);
  } catch (err) {
    reportError(L.rt, err);
  }
}

export { copyValue };
