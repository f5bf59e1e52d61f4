/**
 * Lowering of checked expressions to closures `(frame) => value`.
 *
 * Every operator is resolved at compile time from the operand types the checker recorded, so a closure does
 * exactly one thing at run time (for example `count + count` becomes a call of the runtime's `countAdd`; there is
 * no type dispatch per execution).
 */
import * as R from '../../src/runtime';
import { nameTimerCallback } from '../../src/time/timerTypeNames';
import { V } from './runtimeValues';
import {
  FuncType, Integral, RecordType, T, TableType, TableValue, Type, VectorType,
} from '../../src/runtime';
import type { Expr } from '../ast';
import type { GlobalSym, LocalSym, Sym } from '../check/symbols';
import { builtinCaller, builtinContext, callBuiltin, setBuiltinLocation } from './builtins';
import { ASYNC_DNS, dnsFor } from './dns';
import { describeExpr } from './describeExpr';
import { resolvePending } from './when';
import { copyValue, emptyValue } from './values';
import * as T_ from './tables';
import { reportStateUpdate, synchronizedName } from './synchronized';
import { Deferred, Ev, Frame, locate, Located, locationText, Pending, Runtime, TraceCall, traced } from './runtime';
import { report } from '../../src/runtime/reporter';
import type { Lowerer } from './lowerer';

const fail = V.runtimeError;

/** Wraps a closure so a run-time error it raises carries this expression's position and text. */
export function guard(L: Lowerer, e: Expr, fn: Ev): Ev {
  const rt = L.rt;
  const pos = e.pos;
  const end = e.end;
  return (f) => {
    try {
      return fn(f);
    } catch (err) {
      throw locate(err, pos, end, rt);
    }
  };
}

/**
 * `count - count` that reports a wrap below zero as Zeek does, with the expression's place and text:
 * `expression warning in FILE, line N: count underflow (EXPR)` (Baseline: language.count-underflow/.stderr;
 * `c -= 1` is described as `c - 1`, as Zeek rewrites it).
 */
function countSubAt(L: Lowerer, e: Expr, text = sourceText(L, e)): (x: Integral, y: Integral) => Integral {
  const rt = L.rt;
  const msg = `count underflow (${text})`;
  const where = locationText(e.pos, text);
  return (x, y) => {
    if (x < y) report(rt.reporter, 'warning', 'expression warning', msg, where);
    return V.countSub(x, y, true);
  };
}

/** The source text of an expression, as error messages quote it. */
function sourceText(L: Lowerer, e: Expr): string {
  return (L.rt.sources.get(e.pos.file) ?? '').slice(e.pos.offset, e.end);
}

/**
 * A thrower of the run-time error `message` located at `e`, for closures that test their own failure
 * condition instead of running inside a {@link guard} (one closure call less per evaluation).
 */
function failAt(L: Lowerer, e: Expr): (message: string) => never {
  const rt = L.rt;
  return (message) => {
    throw locate(new V.BroRuntimeError(message), e.pos, e.end, rt);
  };
}

/**
 * True when every run-time error evaluating `e` can raise already carries a location (its own or an inner
 * expression's), so a parent whose operator cannot fail needs no {@link guard}: the innermost position wins
 * either way. Conservative: kinds not listed may pass an unlocated error up.
 */
function selfLocated(e: Expr): boolean {
  switch (e.k) {
    case 'const': case 'name': case 'binary': case 'assign': case 'incr': case 'field': case 'hasField':
    case 'index': case 'slice': case 'abs': case 'cast': case 'call':
      return true;
    case 'cond': return selfLocated(e.cond) && selfLocated(e.then) && selfLocated(e.else);
    default: return false;
  }
}

/**
 * Lowers an expression.
 *
 * ## Example
 * ```ts
 * const ev = lowerExpr(L, checkedExpr);
 * ev(frame); // the value
 * ```
 */
export function lowerExpr(L: Lowerer, e: Expr): Ev {
  switch (e.k) {
    case 'const': {
      const v = constValue(e);
      return () => v;
    }
    case 'name': return lowerName(L, e);
    case 'unary': {
      const a = lowerExpr(L, e.operand);
      const t = e.operand.type!;
      if (e.op === '!') return (f) => !a(f);
      if (e.op === '~') return (f) => V.countNot(a(f) as Integral);
      if (e.op === '-') {
        if (t.kind === 'count') return (f) => V.countNegate(a(f) as Integral);
        if (t.kind === 'int') return (f) => V.intNegate(a(f) as Integral);
        return (f) => -(a(f) as number) || 0;
      }
      if (t.kind === 'count') return (f) => V.countToInt(a(f) as Integral);
      return a;
    }
    case 'incr': {
      if (e.info?.vector) {
        const k = (e.type as VectorType).elem.kind;
        const step = k === 'count' ? (e.op === '++' ? V.countInc : V.countDec) : (e.op === '++' ? V.intInc : V.intDec);
        const read = lowerExpr(L, e.operand);
        return guard(L, e, (f) => {
          const v = read(f) as unknown[];
          for (let i = 0; i < v.length; i++) if (v[i] !== undefined) v[i] = step(v[i] as Integral);
          return v;
        });
      }
      const t = e.type!;
      let op = t.kind === 'count' ? (e.op === '++' ? V.countInc : V.countDec) : (e.op === '++' ? V.intInc : V.intDec);
      if (t.kind === 'count' && e.op === '--') {
        const sub = countSubAt(L, e);
        op = (x) => sub(x, 1);
      }
      const o = e.operand;
      if (o.k === 'name' && (o.info?.sym as Sym).kind === 'local') {
        // `++i` on a local: the increment cannot fail and the read locates its own error.
        const slot = (o.info!.sym as LocalSym).slot;
        const read = lowerExpr(L, o);
        return (f) => {
          const v = op(read(f) as Integral);
          f.v[slot] = v;
          return v;
        };
      }
      const update = lowerAtomicTableUpdate(L, o);
      if (update) {
        const apply = (old: unknown) => op(old as Integral);
        return guard(L, e, (f) => update(f, apply));
      }
      const read = lowerExpr(L, o);
      const store = lowerStore(L, o);
      return guard(L, e, (f) => {
        const v = op(read(f) as Integral);
        store(f, v);
        return v;
      });
    }
    case 'binary': {
      const b = e as Extract<Expr, { k: 'binary' }>;
      const ev = lowerBinary(L, b);
      return binaryCannotFail(b) && selfLocated(b.left) && selfLocated(b.right) ? ev : guard(L, e, ev);
    }
    case 'assign': {
      const a = e as Extract<Expr, { k: 'assign' }>;
      const ev = lowerAssign(L, a);
      return assignCannotFail(a) && selfLocated(a.value) ? ev : guard(L, e, ev);
    }
    case 'cond': {
      const c = lowerExpr(L, e.cond), a = lowerExpr(L, e.then), b = lowerExpr(L, e.else);
      if (e.info?.vector) {
        return guard(L, e, (f) => {
          const sel = c(f) as unknown[], x = a(f) as unknown[], y = b(f) as unknown[];
          if (sel.length !== x.length || x.length !== y.length) fail('vector operands are of different sizes');
          return sel.map((s, i) => (s === undefined ? undefined : s ? x[i] : y[i]));
        });
      }
      return (f) => (c(f) ? a(f) : b(f));
    }
    case 'call': return lowerCall(L, e as Extract<Expr, { k: 'call' }>);
    case 'field': {
      const r = lowerExpr(L, e.rec);
      const get = fieldGetter(e.field);
      const failHere = failAt(L, e);
      const ev: Ev = (f) => {
        const v = get(r(f));
        if (v === undefined) failHere('field value missing');
        return v;
      };
      return selfLocated(e.rec) ? ev : guard(L, e, ev);
    }
    case 'hasField': {
      const r = lowerExpr(L, e.rec);
      const name = e.field;
      return guard(L, e, (f) => (r(f) as Record<string, unknown>)[name] !== undefined);
    }
    case 'index': {
      const fast = lowerAtomicTableIndex(L, e as Extract<Expr, { k: 'index' }>);
      if (fast) return fast;
      const ix = lowerIndex(L, e as Extract<Expr, { k: 'index' }>);
      const rt = L.rt;
      // An aggregate obtained by indexing inside a `when` condition is a dependency (§8.3).
      const watched: Ev = (f) => {
        const v = ix(f);
        if (rt.watch !== undefined && typeof v === 'object' && v !== null) rt.watch(v);
        return v;
      };
      return guard(L, e, watched);
    }
    case 'slice': {
      const t = lowerExpr(L, e.target);
      const lo = e.lo ? lowerExpr(L, e.lo) : undefined;
      const hi = e.hi ? lowerExpr(L, e.hi) : undefined;
      const isStr = e.target.type!.kind === 'string';
      return guard(L, e, (f) => {
        const x = t(f);
        const i = lo ? (lo(f) as Integral) : undefined;
        const j = hi ? (hi(f) as Integral) : undefined;
        return isStr ? V.stringSlice(x as string, i, j) : V.vectorSlice(x as unknown[], i, j);
      });
    }
    case 'abs': return guard(L, e, lowerAbs(L, e.operand));
    case 'cast': return guard(L, e, lowerCast(L, e as Extract<Expr, { k: 'cast' }>));
    case 'recordLit': {
      const rt = e.type as RecordType;
      const vals = e.fields.map(x => ({ name: x.name, ev: lowerExpr(L, x.value) }));
      return (f) => {
        const init: Record<string, unknown> = {};
        for (const v of vals) init[v.name] = v.ev(f);
        return V.createRecord(rt, init);
      };
    }
    case 'list': {
      const items = e.items.map(x => lowerExpr(L, x));
      return (f) => items.map(x => x(f));
    }
    case 'ctor':
    case 'brace':
      return lowerConstructor(L, e, e.type!);
    case 'copy': {
      const a = lowerExpr(L, e.expr);
      const t = e.expr.type!;
      return (f) => copyValue(a(f), t);
    }
    case 'hookCall': {
      const call = e.call as Extract<Expr, { k: 'call' }>;
      const fn = lowerExpr(L, call.fn);
      const args = call.args.map(a => lowerExpr(L, a));
      return (f) => {
        const hook = fn(f) as (...a: unknown[]) => boolean;
        return hook(...args.map(a => a(f)));
      };
    }
    case 'schedule': {
      const when = lowerExpr(L, e.when);
      const isTime = e.when.type!.kind === 'time';
      const sym = e.info?.sym as GlobalSym | LocalSym | undefined;
      const name = sym?.kind === 'global' ? sym.name : e.event;
      const args = e.args.map(a => lowerExpr(L, a));
      const rt = L.rt;
      // Named once per `schedule` site for prof.log's per-type timer counts (engine.md 6.3).
      const fire = nameTimerCallback((a: unknown[]) => rt.ctx.events.raise(name, ...a), 'ScheduleTimer');
      return (f) => {
        const s = rt.ctx.scheduler;
        if (s.terminating) return undefined;
        const w = when(f) as number;
        const vals = args.map(a => a(f));
        s.at(isTime ? w : s.networkTime + w, fire, vals);
        return undefined;
      };
    }
    case 'lambda': {
      const caps = (e.info?.caps ?? []) as { from: number; to: number; copy: boolean }[];
      const make = L.lowerFunction(e.fn, e.type as FuncType);
      return (f) => {
        // Captured values are bound when the closure is created; `copy` captures get a deep copy.
        const captured = caps.map(c => (c.copy ? copyValue(f.v[c.from], T.any) : f.v[c.from]));
        // A captured variable belongs to the closure: what one call assigns to it (`++a`), the next call
        // sees (Zeek: language.closure-binding). The previous call's frame holds its latest values.
        let last: Frame | undefined;
        return make((frame: Frame) => {
          if (last) for (let i = 0; i < caps.length; i++) captured[i] = last.v[caps[i].to];
          last = frame;
          for (let i = 0; i < caps.length; i++) frame.v[caps[i].to] = captured[i];
        });
      };
    }
    case 'whenLocal': {
      const v = lowerExpr(L, e.value);
      const slot = e.slot!;
      return (f) => {
        f.v[slot] = v(f);
        return true;
      };
    }
    case 'coerce': return lowerCoerce(L, e as Extract<Expr, { k: 'coerce' }>);
    case 'tableItem':
    case 'fieldAssignList':
      throw new Error(`internal: ${e.k} outside its constructor`);
  }
}

function constValue(e: Extract<Expr, { k: 'const' }>): unknown {
  switch (e.lit) {
    case 'subnet': {
      const s = e.value as { addr: string; len: number; v6?: boolean };
      // A bracketed literal's length counts 128 bits even when the address is IPv4-mapped (`[::ffff:0:0]/96`).
      return s.v6 ? V.subnetFromWords(V.addrToWords(s.addr), s.len) : V.makeSubnet(s.addr, s.len);
    }
    case 'pattern':
      return V.makePattern(e.value as string, e.flags ?? '');
    default:
      return e.value;
  }
}

function lowerName(L: Lowerer, e: Extract<Expr, { k: 'name' }>): Ev {
  const s = e.info?.sym as Sym;
  switch (s.kind) {
    case 'local': {
      const slot = s.slot;
      const rt = L.rt;
      const failHere = failAt(L, e);
      return (f) => {
        const v = f.v[slot];
        if (v === undefined) failHere('value used but not set');
        // Inside a `when` condition, a captured aggregate is a dependency (§8.3).
        if (rt.watch !== undefined && typeof v === 'object') rt.watch(v as object);
        return v;
      };
    }
    case 'global': {
      const cell = s.cell;
      const name = s.name;
      const rt = L.rt;
      const failHere = failAt(L, e);
      return () => {
        const v = cell.v;
        if (rt.watch !== undefined) {
          rt.watch(name);
          if (typeof v === 'object' && v !== null) rt.watch(v);
        }
        if (v === undefined) failHere('value used but not set');
        return v;
      };
    }
    case 'enumConst': {
      const v = s.name;
      return () => v;
    }
    case 'builtin': {
      const name = s.name;
      const types = s.type.params.map(p => p.type);
      const rt = L.rt;
      // Named like a script function, so that printing the value shows the built-in's name.
      const fn = Object.assign((...args: unknown[]) => callBuiltin(rt, name, args, types), { broName: name });
      return () => fn;
    }
    case 'type': {
      // Only where the checker allows a type as a value (a call argument, a record field): Zeek's `type` value.
      const v: R.TypeValue = { typeValue: s.type, name: s.name };
      return () => v;
    }
  }
}

/** Lowers an lvalue into a store function. */
export function lowerStore(L: Lowerer, e: Expr): (f: Frame, v: unknown) => void {
  switch (e.k) {
    case 'name': {
      const s = e.info?.sym as Sym;
      if (s.kind === 'local') { const slot = s.slot; return (f, v) => { f.v[slot] = v; }; }
      if (s.kind === 'global') {
        const cell = s.cell;
        const name = s.name;
        const rt = L.rt;
        if (synchronizedName(e)) return (_f, v) => { cell.v = v; rt.notify(name); reportStateUpdate(rt, 'assign', name, undefined, v); };
        // A table global that gets a new value drops the old one (Zeek frees it, and its sweep timer with it),
        // so the old value's entries no longer expire (language.spurious-table-expires). Only table-typed
        // globals pay for the check.
        if (e.type?.kind === 'table') return (_f, v) => { T_.retireTable(cell.v, v); cell.v = v; rt.notify(name); };
        return (_f, v) => { cell.v = v; rt.notify(name); };
      }
      throw new Error('internal: store to ' + s.kind);
    }
    case 'field': {
      const r = lowerExpr(L, e.rec);
      const name = e.field;
      const rt = L.rt;
      return (f, v) => {
        const rec = r(f) as Record<string, unknown>;
        rec[name] = v;
        rt.notify(rec);
      };
    }
    case 'index': {
      const target = lowerExpr(L, e.target);
      const tt = e.target.type!;
      if (tt.kind === 'table') {
        const types = tt.index;
        const idx = e.indices.map(x => lowerExpr(L, x));
        const sync = synchronizedName(e.target);
        if (sync) {
          return (f, v) => {
            const t = target(f) as TableValue;
            const index = idx.map(x => x(f));
            T_.tableSet(t, V.canonicalKey(index, types), index, v);
            L.rt.notify(t);
            reportStateUpdate(L.rt, 'assign', sync, index, v);
          };
        }
        if (types.length === 1 && V.isAtomic(types[0]) && types[0].kind !== 'subnet' && types[0].kind !== 'pattern') {
          const i0 = idx[0];
          const rt = L.rt;
          return (f, v) => {
            const t = target(f) as TableValue;
            T_.tableSetAtomic(t, i0(f), v);
            rt.notify(t);
          };
        }
        return (f, v) => {
          const t = target(f) as TableValue;
          const index = idx.map(x => x(f));
          T_.tableSet(t, V.canonicalKey(index, types), index, v);
          L.rt.notify(t);
        };
      }
      if (tt.kind === 'vector') {
        const i = lowerExpr(L, e.indices[0]);
        if (tt.elem.kind === 'any') {
          // Through a `vector of any` view the vector may really be a vector of count (see `vecAsAny`).
          return (f, v) => {
            const vec = target(f) as unknown[];
            V.vectorSet(vec, i(f) as Integral, V.fitAnyElement(vec, v, V.sameType));
            L.rt.notify(vec);
          };
        }
        return (f, v) => {
          const vec = target(f) as unknown[];
          V.vectorSet(vec, i(f) as Integral, v);
          L.rt.notify(vec);
        };
      }
      throw new Error('internal: store into index of ' + tt.kind);
    }
    case 'slice': {
      // `v[i:j] = w` (the checker allows it for vectors only).
      const target = lowerExpr(L, e.target);
      const lo = e.lo ? lowerExpr(L, e.lo) : undefined;
      const hi = e.hi ? lowerExpr(L, e.hi) : undefined;
      return (f, v) => {
        const vec = target(f) as unknown[];
        V.vectorAssignSlice(vec, lo ? (lo(f) as Integral) : undefined, hi ? (hi(f) as Integral) : undefined, v as unknown[]);
        L.rt.notify(vec);
      };
    }
  }
  throw new Error('internal: not an lvalue: ' + e.k);
}

function lowerIndex(L: Lowerer, e: Extract<Expr, { k: 'index' }>): Ev {
  const target = lowerExpr(L, e.target);
  const tt = e.target.type!;
  if (tt.kind === 'vector') {
    const i = lowerExpr(L, e.indices[0]);
    return (f) => V.vectorGet(target(f) as unknown[], i(f) as Integral);
  }
  if (tt.kind === 'string') {
    const i = lowerExpr(L, e.indices[0]);
    return (f) => V.stringIndex(target(f) as string, i(f) as Integral);
  }
  const table = tt as TableType;
  const types = table.index;
  const idx = e.indices.map(x => lowerExpr(L, x));
  if (types.length === 1 && types[0].kind === 'pattern' && e.indices[0].type!.kind === 'string') {
    // All matching patterns' values (the checker typed this as a vector); no match is the empty vector.
    const i0 = idx[0];
    return (f) => V.patternLookup(target(f) as TableValue, i0(f) as string).map(en => en.value);
  }
  const subnetByAddr = types.length === 1 && types[0].kind === 'subnet' && e.indices[0].type!.kind === 'addr';
  // Zeek's TableVal::Find on a subnet index is a longest-prefix lookup too (bifs.check_subnet).
  const subnetBySubnet = types.length === 1 && types[0].kind === 'subnet' && e.indices[0].type!.kind === 'subnet';
  const atomic = types.length === 1 && V.isAtomic(types[0]) && types[0].kind !== 'subnet' && types[0].kind !== 'pattern';
  return (f) => {
    const t = target(f) as TableValue & { defaultOf?: (index: unknown[]) => unknown };
    let en: R.TableEntry<unknown> | undefined;
    let index: unknown[] | undefined;
    if (atomic) {
      const k = idx[0](f);
      en = t.map.get(k);
      if (!en) index = [k];
    } else if (subnetByAddr) {
      const a = idx[0](f) as string;
      en = V.subnetLookup(t, a);
      if (!en) index = [a];
    } else if (subnetBySubnet) {
      const sn = idx[0](f) as R.SubnetValue;
      en = V.subnetLookupSubnet(t, sn);
      if (!en) index = [sn];
    } else {
      index = idx.map(x => x(f));
      en = t.map.get(V.canonicalKey(index, types));
    }
    if (en) {
      T_.tableRead(t, en);
      return en.value;
    }
    if (t.defaultOf) {
      const v = t.defaultOf(index!);
      if ((t as T_.ScriptTable).defaultInsert) T_.tableSet(t, V.canonicalKey(index!, types), index!, v);
      return v;
    }
    return fail('no such index');
  };
}

/** True if the table index type is one atomic value whose JS value is its own key (no canonicalisation). */
function atomicIndex(types: Type[]): boolean {
  return types.length === 1 && V.isAtomic(types[0]) && types[0].kind !== 'subnet' && types[0].kind !== 'pattern';
}

/**
 * `t[k]` on a table with one atomic index: the key is the value itself, the hit path is one `Map` lookup, and
 * the closure locates its own errors (no guard) when its operands do. The miss path (`&default`,
 * `&default_insert`, "no such index") and expiry bookkeeping keep their own locating `try`.
 */
function lowerAtomicTableIndex(L: Lowerer, e: Extract<Expr, { k: 'index' }>): Ev | undefined {
  const tt = e.target.type!;
  if (tt.kind !== 'table' || e.indices.length !== 1 || !atomicIndex(tt.index)) return undefined;
  const target = lowerExpr(L, e.target);
  const i0 = lowerExpr(L, e.indices[0]);
  const rt = L.rt;
  const { miss, read } = atomicReadPaths(L, e);
  const ev: Ev = (f) => {
    const t = target(f) as T_.ScriptTable;
    const k = i0(f);
    const en = t.map.get(k);
    let v: unknown;
    if (en !== undefined) {
      if (t.core !== undefined) read(t, en);
      v = en.value;
    } else v = miss(t, k);
    // An aggregate obtained by indexing inside a `when` condition is a dependency (§8.3).
    if (rt.watch !== undefined && typeof v === 'object' && v !== null) rt.watch(v);
    return v;
  };
  return selfLocated(e.target) && selfLocated(e.indices[0]) ? ev : guard(L, e, ev);
}

/** The cold paths of an atomic-index table read at `e`: a miss (`&default`, "no such index") and expiry upkeep. */
function atomicReadPaths(L: Lowerer, e: Expr): {
  miss: (t: T_.ScriptTable, k: unknown) => unknown;
  read: (t: T_.ScriptTable, en: R.TableEntry<unknown>) => void;
} {
  const rt = L.rt;
  const pos = e.pos, end = e.end;
  return {
    miss: (t, k) => {
      try {
        if (t.defaultOf) {
          const v = t.defaultOf([k]);
          if (t.defaultInsert) T_.tableSet(t, k, [k], v);
          return v;
        }
        return fail('no such index');
      } catch (err) {
        throw locate(err, pos, end, rt);
      }
    },
    read: (t, en) => {
      try {
        T_.tableRead(t, en);
      } catch (err) {
        throw locate(err, pos, end, rt);
      }
    },
  };
}

/** Expressions evaluating twice or once is indistinguishable for (no calls, assignments or other effects). */
function pure(e: Expr): boolean {
  switch (e.k) {
    case 'const': return true;
    case 'name': return (e.info?.sym as Sym).kind !== 'builtin';
    case 'field': case 'hasField': return pure(e.rec);
    case 'binary': return e.op !== 'in' && e.op !== '!in' && pure(e.left) && pure(e.right);
    default: return false;
  }
}

/**
 * `t[k] op= v` / `++t[k]` on a table with one atomic index, read and written with one lookup: `update(f, op)`
 * applies `op` to the current value (or the miss path's) and stores the result. Undefined where the unfused
 * read-then-store could behave differently: the target or key have effects (they would run twice) or do not
 * locate their own errors.
 */
function lowerAtomicTableUpdate(L: Lowerer, e: Expr): ((f: Frame, op: (old: unknown, f: Frame) => unknown) => unknown) | undefined {
  if (e.k !== 'index') return undefined;
  const tt = e.target.type!;
  if (tt.kind !== 'table' || e.indices.length !== 1 || !atomicIndex(tt.index)) return undefined;
  const ke = e.indices[0];
  if (!pure(e.target) || !pure(ke) || !selfLocated(e.target) || !selfLocated(ke)) return undefined;
  const target = lowerExpr(L, e.target);
  const i0 = lowerExpr(L, ke);
  const rt = L.rt;
  const { miss, read } = atomicReadPaths(L, e);
  return (f, op) => {
    const t = target(f) as T_.ScriptTable;
    const k = i0(f);
    const en = t.map.get(k);
    let v: unknown;
    if (en !== undefined && t.core === undefined) {
      v = op(en.value, f);
      en.value = v;
    } else {
      let old: unknown;
      if (en !== undefined) {
        read(t, en);
        old = en.value;
      } else old = miss(t, k);
      v = op(old, f);
      T_.tableSetAtomic(t, k, v);
    }
    rt.notify(t);
    return v;
  };
}

/** Binary operators whose evaluation cannot raise a run-time error of its own (given evaluated operands). */
function binaryCannotFail(e: Extract<Expr, { k: 'binary' }>): boolean {
  if (e.info?.vector || e.info?.match) return false;
  const k = ((e.info?.operand as Type | undefined) ?? e.left.type)?.kind;
  switch (e.op) {
    case '&&': case '||': return true;
    case '==': case '!=': case '<': case '>': case '<=': case '>=':
      return k === 'count' || k === 'int' || k === 'double' || k === 'time' || k === 'interval' || k === 'port' ||
        k === 'string' || k === 'bool' || k === 'enum';
    case '+': return k === 'count' || k === 'int' || k === 'double' || k === 'time' || k === 'interval' || k === 'string';
    // count `-` only warns on underflow (a warning, not an error).
    case '-': case '*': return k === 'count' || k === 'int' || k === 'double' || k === 'time' || k === 'interval';
    default: return false;
  }
}

/** `x = v` into a local or global (nothing to fail but `v`'s evaluation); `+=`/`-=` of numbers into a local. */
function assignCannotFail(e: Extract<Expr, { k: 'assign' }>): boolean {
  const t = e.target;
  if (t.k !== 'name') return false;
  if (e.op === '=') return true;
  return e.info?.mode === 'num' && (e.info.result as Type | undefined)?.kind === t.type?.kind && (t.info?.sym as Sym | undefined)?.kind === 'local';
}

const getters = new Map<string, (r: unknown) => unknown>();

/**
 * A reader of record field `name`. Why generated code: every `r$f` closure shares one body, so a keyed
 * `r[name]` load in it sees every record shape and field of the program and goes megamorphic; a small
 * function per field name keeps its own inline cache, usually monomorphic (one record type per name).
 */
function fieldGetter(name: string): (r: unknown) => unknown {
  let g = getters.get(name);
  if (g === undefined) {
    g = /^[A-Za-z_$][\w$]*$/.test(name)
      ? (new Function('r', `return r.${name};`) as (r: unknown) => unknown)
      : (r) => (r as Record<string, unknown>)[name];
    getters.set(name, g);
  }
  return g;
}

function lowerAbs(L: Lowerer, x: Expr): Ev {
  const a = lowerExpr(L, x);
  const t = x.type!;
  switch (t.kind) {
    case 'count': case 'port': return a;
    case 'int': return (f) => V.intAbs(a(f) as Integral);
    case 'double': case 'time': case 'interval': return (f) => Math.abs(a(f) as number);
    case 'bool': return (f) => (a(f) ? 1 : 0);
    case 'enum': { const et = t; return (f) => et.byName.get(a(f) as string) ?? 0; }
    case 'string': return (f) => (a(f) as string).length;
    case 'addr': return (f) => V.addrSize(a(f) as string);
    case 'subnet': return (f) => V.subnetSize(a(f) as R.SubnetValue);
    case 'table': return (f) => (a(f) as TableValue).map.size;
    case 'vector': return (f) => (a(f) as unknown[]).length;
    case 'record': { const n = t.fields.length; return () => n; }
    case 'function': case 'event': case 'hook': { const n = t.params.length; return () => n; }
    case 'pattern': return () => 0;
    case 'file': return (f) => (a(f) as R.FileValue).size;
    case 'any': return (f) => {
      const v = a(f);
      if (V.isAnyValue(v)) return absOf(v.value, v.anyType);
      return 0;
    };
    default: return () => 0;
  }
}

function absOf(v: unknown, t: Type): unknown {
  switch (t.kind) {
    case 'int': return V.intAbs(v as Integral);
    case 'double': case 'time': case 'interval': return Math.abs(v as number);
    case 'string': return (v as string).length;
    case 'table': return (v as TableValue).map.size;
    case 'vector': return (v as unknown[]).length;
    default: return v;
  }
}

function lowerCast(L: Lowerer, e: Extract<Expr, { k: 'cast' }>): Ev {
  const a = lowerExpr(L, e.expr);
  const from = e.expr.type!;
  const to = e.info.to as Type;
  const conv = (v: unknown, ft: Type): unknown => {
    if (ft.kind === 'any' && V.isAnyValue(v)) {
      if (to.kind === 'any') return v;
      return conv(v.value, v.anyType);
    }
    if (V.sameType(ft, to)) return v;
    const num = (k: string) => k === 'count' || k === 'int' || k === 'double' || k === 'time' || k === 'interval';
    if (num(ft.kind) && num(to.kind)) {
      const d = typeof v === 'bigint' ? Number(v) : (v as number);
      if (to.kind === 'count') {
        if (ft.kind === 'count') return v;
        if (typeof v === 'bigint') return V.coerceToCount(v);
        return V.coerceToCount(V.integralFromDouble(ft.kind === 'int' ? d : V.roundHalfEven(d)));
      }
      if (to.kind === 'int') {
        if (typeof v === 'bigint') return V.coerceToInt(v);
        return V.coerceToInt(V.integralFromDouble(ft.kind === 'count' ? d : V.roundHalfEven(d)));
      }
      return d;
    }
    // `count as addr` is an IPv4 address, as `count_to_v4_addr` makes it (language.count_as_addr).
    if (ft.kind === 'count' && to.kind === 'addr') {
      const n = typeof v === 'bigint' ? v : BigInt(v as number);
      if (n <= 0xffffffffn) return V.addrFromV4Uint32(Number(n));
    }
    // A port casts to its number without the protocol (`123/tcp as count` → 123, Baseline language.as_count/out).
    if (ft.kind === 'port' && to.kind === 'count') return V.portNumber(v as R.Port);
    if (ft.kind === 'string') {
      const s = v as string;
      switch (to.kind) {
        case 'addr': { const x = V.parseAddr(s); if (x === undefined) fail(`invalid conversion of '${s}' to addr`); return x; }
        case 'subnet': { const x = V.parseSubnet(s); if (x === undefined) fail(`invalid conversion of '${s}' to subnet`); return x; }
        case 'port': { const x = V.parsePortText(s); if (x !== undefined) return x; break; }
        case 'count': {
          // Same rules as to_count (§2.13): a leading minus wraps modulo 2^64 ("-5" → 18446744073709551611,
          // Baseline language.as_count/out); only values beyond ±2^64 fail.
          if (!/^\s*[-+]?\d+\s*$/.test(s)) break;
          const b = BigInt(s.trim());
          if (b > 0xffffffffffffffffn || b < -0xffffffffffffffffn) break;
          return V.normalizeIntegral(BigInt.asUintN(64, b));
        }
        case 'int': if (/^\s*[-+]?\d+\s*$/.test(s)) return V.integralFromDouble(Number(s)); break;
        case 'double': if (s.trim() !== '' && !isNaN(Number(s))) return Number(s); break;
      }
    }
    // A record built by a bare constructor keeps its anonymous type (as `type_name` shows), and Zeek names that.
    const shown = (ft.kind === 'record' && V.keptAnonymousType(v)) || ft;
    return fail(`invalid cast of value with type '${V.typeToString(shown)}' to type '${V.typeToString(to)}'`);
  };
  if (e.op === 'as') return (f) => conv(a(f), from);
  if (e.op === 'is') {
    return (f) => {
      const v = a(f);
      if (from.kind === 'any' && V.isAnyValue(v)) return V.anyIs(v, to) || to.kind === 'any';
      return V.sameType(from, to) || to.kind === 'any';
    };
  }
  return (f) => {
    try { conv(a(f), from); return true; } catch (err) { if (err instanceof V.BroRuntimeError) return false; throw err; }
  };
}

function lowerCoerce(L: Lowerer, e: Extract<Expr, { k: 'coerce' }>): Ev {
  const a = lowerExpr(L, e.expr);
  const from = e.expr.type!;
  const to = e.type!;
  switch (e.mode) {
    case 'toDouble': return (f) => V.toDouble(a(f) as Integral);
    case 'toInt':
      if (from.kind === 'count') return guard(L, e, (f) => V.coerceToInt(a(f) as Integral));
      return guard(L, e, (f) => V.coerceToInt(a(f) as Integral));
    case 'toCount': return guard(L, e, (f) => V.coerceToCount(a(f) as Integral));
    case 'toAny': return (f) => V.boxAny(a(f), from);
    case 'fromAny': return (f) => { const v = a(f); return V.isAnyValue(v) ? V.anyAs(v, to) : v; };
    case 'vecAsAny': {
      const elem = (from as R.VectorType).elem;
      return (f) => { const v = a(f); if (Array.isArray(v)) V.markConcreteElement(v, elem); return v; };
    }
    case 'record': {
      const rt = to as RecordType;
      const fr = from as RecordType;
      // A bare constructor's anonymous type with exactly the named type's fields is not converted by Zeek:
      // the value keeps it (seen through type_name).
      const keepsAnonymous = e.expr.k === 'recordLit' && fr.name === undefined && rt.name !== undefined &&
        fr.fields.length === rt.fields.length && fr.fields.every((g, i) => g.name === rt.fields[i].name && V.sameType(g.type, rt.fields[i].type));
      if (keepsAnonymous) {
        return (f) => {
          const v = a(f) as Record<string, unknown>;
          const init: Record<string, unknown> = {};
          for (const fld of rt.fields) if (v[fld.name] !== undefined) init[fld.name] = v[fld.name];
          return V.keepAnonymousType(V.createRecord(rt, init), fr);
        };
      }
      return (f) => {
        const v = a(f) as Record<string, unknown> | undefined;
        if (v === undefined) return v;
        const init: Record<string, unknown> = {};
        for (const fld of rt.fields) {
          const x = v[fld.name];
          if (x === undefined) continue;
          const src = (from as RecordType).fields.find(g => g.name === fld.name);
          // A field converted into an `any` field keeps its own type (Zeek: `type_name(r$e)` of `[$e=5]` is count).
          init[fld.name] = src && src.type.kind === 'record' && fld.type.kind === 'record' && !V.sameType(src.type, fld.type)
            ? recordConvert(x as Record<string, unknown>, fld.type)
            : src && fld.type.kind === 'any' && src.type.kind !== 'any' ? V.boxAny(x, src.type) : x;
        }
        return V.createRecord(rt, init);
      };
    }
  }
}

function recordConvert(v: Record<string, unknown>, rt: RecordType): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  for (const fld of rt.fields) if (v[fld.name] !== undefined) init[fld.name] = v[fld.name];
  return V.createRecord(rt, init);
}

/** `table(...)`, `set(...)`, `vector(...)`, `record(...)`, `T(...)` for a named table/vector type, `{ ... }`. */
export function lowerConstructor(L: Lowerer, e: Expr, t: Type): Ev {
  const items: Expr[] = e.k === 'ctor' || e.k === 'brace' ? (e.k === 'ctor' ? e.args : e.items) : e.k === 'call' ? e.args : [];
  if (t.kind === 'record') {
    const rt = t;
    const fields = ((e.info?.fields ?? []) as { name: string; value: Expr }[]).map(x => ({ name: x.name, ev: lowerExpr(L, x.value) }));
    return (f) => {
      const init: Record<string, unknown> = {};
      for (const x of fields) init[x.name] = x.ev(f);
      return V.createRecord(rt, init);
    };
  }
  if (t.kind === 'vector') {
    const evs = items.map(x => lowerExpr(L, x));
    return (f) => evs.map(x => x(f));
  }
  if (t.kind === 'table') {
    const types = t.index;
    const isSet = t.yield === undefined;
    const attrs = e.k === 'ctor' ? e.attrs : [];
    const init = L.tableInit(t, attrs);
    const entries = items.map(it => {
      const idx = it.k === 'tableItem' ? it.index : it.k === 'list' ? it.items : [it];
      return {
        // A bracketed list inside an index means "each of" (cross product).
        idx: idx.map(x => (x.k === 'list' ? { evs: x.items.map(y => lowerExpr(L, y)) }
          : x.info?.eachOfSet ? { members: lowerExpr(L, x) } : { evs: [lowerExpr(L, x)] })),
        value: it.k === 'tableItem' ? lowerExpr(L, it.value) : undefined,
      };
    });
    return (f) => {
      const tv = init(f);
      for (const en of entries) {
        const cols = en.idx.map(c => (c.evs ? c.evs.map(ev => ev(f)) : setMembers(c.members!(f) as R.TableValue)));
        const value = en.value ? en.value(f) : true;
        for (const index of crossProduct(cols)) {
          const k = V.canonicalKey(index, types);
          if (isSet) T_.tableAdd(tv, k, index);
          else T_.tableSet(tv, k, index, value);
        }
      }
      return tv;
    };
  }
  throw new Error('internal: constructor of ' + t.kind);
}

/** A one-column set's members, in its iteration order (a set standing for "each of" in a constructor index). */
function setMembers(s: R.TableValue): unknown[] {
  const out: unknown[] = [];
  for (const e of s.map.values()) out.push(e.index[0]);
  return out;
}

function crossProduct(cols: unknown[][]): unknown[][] {
  let out: unknown[][] = [[]];
  for (const col of cols) {
    const next: unknown[][] = [];
    for (const prefix of out) for (const v of col) next.push([...prefix, v]);
    out = next;
  }
  return out;
}

/**
 * A call used as a statement: its value is discarded, so a non-void function may end without one (Zeek
 * only warns, see `lowerCall`).
 *
 * ## Example
 * ```ts
 * const ev = s.expr.k === 'call' ? lowerDiscardedCall(L, s.expr) : lowerExpr(L, s.expr);
 * ```
 */
export function lowerDiscardedCall(L: Lowerer, e: Extract<Expr, { k: 'call' }>): Ev {
  return lowerCall(L, e, true);
}

function lowerCall(L: Lowerer, e: Extract<Expr, { k: 'call' }>, discarded = false): Ev {
  const info = e.info ?? {};
  if (info.kind === 'recordCtor') return guard(L, e, lowerConstructor(L, e, info.type));
  if (info.kind === 'typeCtor') return guard(L, e, lowerConstructor(L, e, info.type));
  // A built-in's `any` arguments would be boxed here and unboxed again below: pass the value itself.
  const direct = (a: Expr) => info.kind === 'builtin' && a.k === 'coerce' && a.mode === 'toAny' && a.expr.type!.kind !== 'any';
  const args = e.args.map(a => lowerExpr(L, direct(a) ? (a as Extract<Expr, { k: 'coerce' }>).expr : a));
  if (info.kind === 'builtin') {
    const name = info.name as string;
    const types = e.args.map(a => (a.k === 'coerce' && a.mode === 'toAny' ? a.expr.type! : a.type!));
    const rt = L.rt;
    const n = args.length;
    // Built-in errors name the call as Zeek describes it: `(to_int(not an int) and not an int)`.
    const src = rt.sources.get(e.pos.file) ?? '';
    const loc = { pos: e.pos, text: describeExpr(e, src), span: src.slice(e.pos.offset, e.end) };
    if (name in ASYNC_DNS) return guard(L, e, lowerAsyncDns(rt, e, name, args[0], loc));
    const unbox = e.args.map(a => a.k === 'coerce' && !direct(a));
    const invoke = builtinCaller(rt, name);
    // The arguments' values, `any` boxes opened where the built-in takes the plain value.
    const evalArgs = (f: Frame): unknown[] => {
      const vals = new Array(n);
      for (let i = 0; i < n; i++) {
        const v = args[i](f);
        vals[i] = unbox[i] && V.isAnyValue(v) ? v.value : v;
      }
      return vals;
    };
    if (!L.instrument) {
      const fmtAtSite = lowerConstFmt(rt, e, args, types, unbox, loc);
      if (fmtAtSite) return guard(L, e, fmtAtSite);
      return guard(L, e, (f) => {
        const vals = evalArgs(f);
        setBuiltinLocation(loc);
        return invoke(vals, types);
      });
    }
    const paramNames = builtinParamNames(e.fn.type as FuncType | undefined);
    return guard(L, e, (f) => {
      const vals = evalArgs(f);
      setBuiltinLocation(loc);
      if (rt.trace === undefined) return invoke(vals, types);
      const call: TraceCall = { kind: 'builtin', name, params: vals.map((v, i) => ({ name: paramNames[i] ?? `vararg${i - paramNames.length}`, type: types[i], value: v })), pos: undefined, depth: rt.depth };
      return traced(rt, call, e.type, () => invoke(vals, types));
    });
  }
  const fn = lowerExpr(L, e.fn);
  const defaults = ((info.defaults ?? []) as (Expr | undefined)[]).map(d => (d ? lowerExpr(L, d) : undefined));
  const n = Math.max(args.length, defaults.length);
  const rt = L.rt;
  // A non-void function that ends without `return <value>`: Zeek warns and the call has no value, so using
  // it is "value used but not set" here (never an undefined value travelling on into print, fmt, …).
  const yields = e.type !== undefined && e.type.kind !== 'void';
  const failHere = failAt(L, e);
  const calleeName = e.fn.k === 'name' ? (e.fn as { name?: string }).name : undefined;
  return guard(L, e, (f) => {
    // Inside a `when` condition a delayed result (`return when`, §8.5) is cached per call site.
    const w = rt.whenEval;
    if (w) {
      const p = w.cache.get(e);
      if (p) { if (p.done) return p.value; rt.watch?.(p); throw Deferred.instance; }
    }
    const callee = fn(f) as (...a: unknown[]) => unknown;
    const vals = new Array(n);
    for (let i = 0; i < n; i++) vals[i] = i < args.length ? args[i](f) : defaults[i] ? defaults[i]!(f) : undefined;
    let r: unknown;
    if (rt.watch === undefined) r = callee(...vals);
    else {
      // Globals read inside a called function are not dependencies of the calling condition (§8.3).
      const saved = rt.watch;
      rt.watch = undefined;
      try { r = callee(...vals); } finally { rt.watch = saved; }
    }
    if (r instanceof Pending) {
      if (!w) fail('return trigger in context which does not allow delaying result', 'statement');
      w!.cache.set(e, r);
      if (r.done) return r.value;
      rt.watch?.(r);
      throw Deferred.instance;
    }
    if (r === undefined && yields) {
      report(rt.reporter, 'warning', 'warning', `non-void function returning without a value: ${calleeName ?? 'function'}`);
      if (!discarded) failHere('value used but not set');
    }
    return r;
  });
}

/**
 * `fmt("constant format", ...)`: the format is parsed once for the call site and the arguments go straight to
 * the runtime's formatter (no registry lookup, no argument slicing). Undefined for any other call. Not used
 * in instrumented programs (the generic path reports the call to the tracer).
 */
/**
 * The parameter names a trace line gives a built-in's arguments: the declared ones, then Bro's `va_args`
 * for a variadic built-in (`fmt(va_args = '%s', vararg0 = '1')`, engine.md §6.8).
 *
 * ## Example
 * ```ts
 * builtinParamNames(fmtType); // ['va_args']
 * ```
 */
function builtinParamNames(t: FuncType | undefined): string[] {
  const names = (t?.params ?? []).map(p => p.name);
  if (t?.varargs) names.push('va_args');
  return names;
}

function lowerConstFmt(rt: Runtime, e: Extract<Expr, { k: 'call' }>, args: Ev[], types: Type[], unboxArg: boolean[], loc: Located): Ev | undefined {
  const a0 = e.args[0];
  const first = a0?.k === 'coerce' && a0.mode === 'toAny' ? a0.expr : a0;
  if (e.info?.name !== 'fmt' || first === undefined || first.k !== 'const' || typeof first.value !== 'string') return undefined;
  const parsed = V.parseFormat(first.value);
  const rest = args.slice(1);
  const restTypes = types.slice(1);
  const unbox = unboxArg.slice(1);
  const n = rest.length;
  let ctx: R.BuiltinContext | undefined;
  return (f) => {
    const vals = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = rest[i](f);
      vals[i] = unbox[i] && V.isAnyValue(v) ? v.value : v;
    }
    setBuiltinLocation(loc);
    return V.fmtParsed(ctx ??= builtinContext(rt), parsed, vals, restTypes, 0);
  };
}

/**
 * An asynchronous DNS built-in inside a `when` condition: the first evaluation starts the lookup and defers;
 * the resolver delivers the answer at the end of a drain (before the waiting `when` is re-tested, §8.8).
 */
function lowerAsyncDns(rt: Runtime, e: Expr, name: string, arg: Ev, loc: { pos: Expr['pos']; text: string }): Ev {
  return (f) => {
    const w = rt.whenEval;
    if (!w) {
      setBuiltinLocation(loc);
      builtinContext(rt).error(`${name}() can only be called inside a when-condition`);
      return name === 'lookup_hostname' ? V.createSet() : '<error>';
    }
    const cached = w.cache.get(e);
    if (cached) { if (cached.done) return cached.value; rt.watch?.(cached); throw Deferred.instance; }
    const p = new Pending();
    w.cache.set(e, p);
    // The run's resolver (src/dns: live, hosts table or Zeek's fake mode) answers at the end of a drain.
    const dns = dnsFor(rt);
    const done = (r: { value: unknown }) => resolvePending(rt, p, r.value);
    const a = arg(f);
    if (name === 'lookup_addr') dns.lookupAddr(a as string, done);
    else if (name === 'lookup_hostname') dns.lookupHostname(a as string, done);
    else dns.lookupHostnameTxt(a as string, done);
    if (p.done) return p.value;
    rt.watch?.(p);
    throw Deferred.instance;
  };
}

const CMP: Record<string, (c: number) => boolean> = {
  '==': (c) => c === 0, '!=': (c) => c !== 0, '<': (c) => c < 0, '>': (c) => c > 0, '<=': (c) => c <= 0, '>=': (c) => c >= 0,
};

function lowerBinary(L: Lowerer, e: Extract<Expr, { k: 'binary' }>): Ev {
  const a = lowerExpr(L, e.left);
  const b = lowerExpr(L, e.right);
  const lt = e.left.type!, rt = e.right.type!;
  const op = e.op;
  const operand = (e.info?.operand as Type | undefined) ?? lt;
  if (e.info?.vector && (op === '&&' || op === '||' || op in CMP)) return lowerVectorElementwise(e, a, b, operand);
  switch (op) {
    case '&&': return (f) => (a(f) as boolean) && (b(f) as boolean);
    case '||': return (f) => (a(f) as boolean) || (b(f) as boolean);
    case 'in': case '!in': {
      const test = lowerIn(L, e);
      return op === 'in' ? test : (f) => !test(f);
    }
  }
  if (op in CMP) return lowerCompare(e, a, b, operand, CMP[op]);
  if (e.info?.vector) return lowerVectorArith(e, a, b, operand);
  const k = operand.kind;
  const A = a as (f: Frame) => Integral, B = b as (f: Frame) => Integral;
  const dA = a as (f: Frame) => number, dB = b as (f: Frame) => number;
  switch (op) {
    case '+':
      if (k === 'count') return (f) => V.countAdd(A(f), B(f));
      if (k === 'int') return (f) => V.intAdd(A(f), B(f));
      if (k === 'string') return (f) => (a(f) as string) + (b(f) as string);
      return (f) => dA(f) + dB(f);
    case '-':
      if (k === 'count') {
        const sub = countSubAt(L, e);
        return (f) => sub(A(f), B(f));
      }
      if (k === 'int') return (f) => V.intSub(A(f), B(f));
      if (k === 'table') return (f) => V.setDifference(a(f) as R.SetValue, b(f) as R.SetValue);
      return (f) => dA(f) - dB(f);
    case '*':
      if (k === 'count') return (f) => V.countMul(A(f), B(f));
      if (k === 'int') return (f) => V.intMul(A(f), B(f));
      return (f) => dA(f) * dB(f);
    case '/':
      if (k === 'count') return (f) => V.countDiv(A(f), B(f));
      if (k === 'int') return (f) => V.intDiv(A(f), B(f));
      if (k === 'subnet') return (f) => V.makeSubnet(a(f) as string, Number(b(f)));
      return (f) => V.doubleDiv(dA(f), dB(f));
    case '%':
      if (k === 'count') return (f) => V.countMod(A(f), B(f));
      return (f) => V.intMod(A(f), B(f));
    case '&':
      if (k === 'count') return (f) => V.countAnd(A(f), B(f));
      if (k === 'pattern') return (f) => V.patternAnd(a(f) as R.PatternValue, b(f) as R.PatternValue);
      return (f) => V.setIntersection(a(f) as R.SetValue, b(f) as R.SetValue);
    case '|':
      if (k === 'count') return (f) => V.countOr(A(f), B(f));
      if (k === 'pattern') return (f) => V.patternOr(a(f) as R.PatternValue, b(f) as R.PatternValue);
      return (f) => V.setUnion(a(f) as R.SetValue, b(f) as R.SetValue);
    case '^': return (f) => V.countXor(A(f), B(f));
    case '<<': return k === 'int' ? (f) => V.intShl(A(f), B(f)) : (f) => V.countShl(A(f), B(f));
    case '>>': return k === 'int' ? (f) => V.intShr(A(f), B(f)) : (f) => V.countShr(A(f), B(f));
  }
  void rt;
  throw new Error('internal: binary ' + op);
}

/** `v1 op v2` element by element; the vectors must have the same length; holes stay holes. */
function lowerVectorArith(e: Extract<Expr, { k: 'binary' }>, a: Ev, b: Ev, t: Type): Ev {
  const lt = (e.left.type as VectorType).elem, rt = (e.right.type as VectorType).elem;
  const conv = (x: unknown, from: Type) => (t.kind === 'double' && from.kind !== 'double' ? V.toDouble(x as Integral) : x);
  const k = t.kind;
  const one = (x: unknown, y: unknown): unknown => {
    switch (e.op) {
      case '+': return k === 'count' ? V.countAdd(x as Integral, y as Integral) : k === 'int' ? V.intAdd(x as Integral, y as Integral) : (x as number) + (y as number);
      case '-': return k === 'count' ? V.countSub(x as Integral, y as Integral) : k === 'int' ? V.intSub(x as Integral, y as Integral) : (x as number) - (y as number);
      case '*': return k === 'count' ? V.countMul(x as Integral, y as Integral) : k === 'int' ? V.intMul(x as Integral, y as Integral) : (x as number) * (y as number);
      case '/': return k === 'count' ? V.countDiv(x as Integral, y as Integral) : k === 'int' ? V.intDiv(x as Integral, y as Integral) : V.doubleDiv(x as number, y as number);
      default: return k === 'count' ? V.countMod(x as Integral, y as Integral) : V.intMod(x as Integral, y as Integral);
    }
  };
  return zipVectors(a, b, (x, y) => one(conv(x, lt), conv(y, rt)));
}

/** `&&`, `||` and comparisons element by element on two equal-length vectors; holes stay holes. */
function lowerVectorElementwise(e: Extract<Expr, { k: 'binary' }>, a: Ev, b: Ev, t: Type): Ev {
  let xi: unknown, yi: unknown;
  const one: Ev = e.op === '&&' ? () => (xi as boolean) && (yi as boolean)
    : e.op === '||' ? () => (xi as boolean) || (yi as boolean)
    : lowerCompare({ ...e, info: undefined, left: { ...e.left, type: t }, right: { ...e.right, type: t } } as Extract<Expr, { k: 'binary' }>,
      () => xi, () => yi, t, CMP[e.op]);
  const lt = (e.left.type as VectorType).elem, rt = (e.right.type as VectorType).elem;
  const conv = (x: unknown, from: Type) => (t.kind === 'double' && from.kind !== 'double' ? V.toDouble(x as Integral) : x);
  return zipVectors(a, b, (x, y, f) => {
    xi = conv(x, lt);
    yi = conv(y, rt);
    return one(f);
  });
}

/** Pairs the elements of two equal-length vectors through `one`; a hole on either side stays a hole. */
function zipVectors(a: Ev, b: Ev, one: (x: unknown, y: unknown, f: Frame) => unknown): Ev {
  return (f) => {
    const x = a(f) as unknown[], y = b(f) as unknown[];
    if (x.length !== y.length) fail('vector operands are of different sizes');
    const out = new Array(x.length);
    for (let i = 0; i < x.length; i++) {
      if (x[i] === undefined || y[i] === undefined) continue;
      out[i] = one(x[i], y[i], f);
    }
    return out;
  };
}

function lowerCompare(e: Extract<Expr, { k: 'binary' }>, a: Ev, b: Ev, t: Type, test: (c: number) => boolean): Ev {
  const op = e.op;
  const eqOnly = op === '==' || op === '!=';
  if (e.info?.match) {
    const patLeft = e.left.type!.kind === 'pattern';
    return (f) => {
      const x = a(f), y = b(f);
      const m = patLeft ? V.patternMatches(x as R.PatternValue, y as string) : V.patternMatches(y as R.PatternValue, x as string);
      return op === '==' ? m : !m;
    };
  }
  switch (t.kind) {
    case 'count': case 'int': case 'double': case 'time': case 'interval': case 'port': case 'string': case 'bool': case 'enum':
      if (op === '==') return (f) => a(f) === b(f);
      if (op === '!=') return (f) => a(f) !== b(f);
      if (op === '<') return (f) => (a(f) as number) < (b(f) as number);
      if (op === '>') return (f) => (a(f) as number) > (b(f) as number);
      if (op === '<=') return (f) => (a(f) as number) <= (b(f) as number);
      return (f) => (a(f) as number) >= (b(f) as number);
    case 'addr': return (f) => test(V.addrCompare(a(f) as string, b(f) as string));
    case 'subnet': return (f) => test(V.subnetEquals(a(f) as R.SubnetValue, b(f) as R.SubnetValue) ? 0 : 1);
    case 'pattern': return (f) => test(V.patternEquals(a(f) as R.PatternValue, b(f) as R.PatternValue) ? 0 : 1);
    case 'table':
      if (eqOnly) return (f) => test(V.setEquals(a(f) as TableValue, b(f) as TableValue) ? 0 : 1);
      return (f) => {
        const x = a(f) as TableValue, y = b(f) as TableValue;
        if (op === '<') return V.setIsProperSubset(x, y);
        if (op === '<=') return V.setIsSubset(x, y);
        if (op === '>') return V.setIsProperSubset(y, x);
        return V.setIsSubset(y, x);
      };
    default:
      return (f) => test(a(f) === b(f) ? 0 : 1);
  }
}

function lowerIn(L: Lowerer, e: Extract<Expr, { k: 'binary' }>): Ev {
  const mode = e.info?.mode as string;
  const right = lowerExpr(L, e.right);
  if (mode === 'table') {
    const tt = e.right.type as TableType;
    const types = tt.index;
    const idxExprs = e.left.k === 'list' ? e.left.items : [e.left];
    const idx = idxExprs.map(x => lowerExpr(L, x));
    if (types.length === 1 && types[0].kind === 'subnet' && idxExprs[0].type!.kind === 'addr') {
      return (f) => {
        const a = idx[0](f) as string;
        const t = right(f) as TableValue;
        const en = V.subnetLookup(t, a);
        if (en) T_.tableRead(t, en);
        return en !== undefined;
      };
    }
    if (types.length === 1 && types[0].kind === 'subnet' && idxExprs[0].type!.kind === 'subnet' && idxExprs.length === 1) {
      // `sn in nets`: some member subnet contains all of `sn` (Zeek's PrefixTable lookup; bifs.check_subnet).
      return (f) => {
        const t = right(f) as TableValue;
        const en = V.subnetLookupSubnet(t, idx[0](f) as R.SubnetValue);
        if (en) T_.tableRead(t, en);
        return en !== undefined;
      };
    }
    if (types.length === 1 && types[0].kind === 'pattern' && idxExprs[0].type!.kind === 'string') {
      return (f) => V.patternLookup(right(f) as TableValue, idx[0](f) as string).length > 0;
    }
    const atomic = types.length === 1 && V.isAtomic(types[0]) && types[0].kind !== 'subnet' && types[0].kind !== 'pattern';
    return (f) => {
      const t = right(f) as TableValue;
      const en = atomic ? t.map.get(idx[0](f)) : t.map.get(V.canonicalKey(idx.map(x => x(f)), types));
      if (en) T_.tableRead(t, en);
      return en !== undefined;
    };
  }
  const left = lowerExpr(L, e.left);
  switch (mode) {
    case 'substr': return (f) => (right(f) as string).includes(left(f) as string);
    case 'pattern': return (f) => V.patternSearch(left(f) as R.PatternValue, right(f) as string);
    case 'subnet': return (f) => V.subnetContains(right(f) as R.SubnetValue, left(f) as string);
    case 'vector': return (f) => V.vectorHas(right(f) as unknown[], left(f) as Integral);
  }
  throw new Error('internal: in mode ' + mode);
}

function lowerAssign(L: Lowerer, e: Extract<Expr, { k: 'assign' }>): Ev {
  const value = lowerExpr(L, e.value);
  const store = lowerStore(L, e.target);
  if (e.op === '=') {
    return (f) => {
      const v = value(f);
      store(f, v);
      return v;
    };
  }
  const read = lowerExpr(L, e.target);
  const tt = e.target.type!;
  const vt = e.value.type!;
  const mode = e.info?.mode as string;
  const sub = e.op === '-=';
  let combine: (x: unknown, y: unknown) => unknown;
  switch (mode) {
    case 'num': {
      const res = (e.info.result as Type).kind;
      const toD = (x: unknown) => V.toDouble(x as Integral);
      let calc: (x: unknown, y: unknown) => unknown;
      if (res === 'double') calc = sub ? (x, y) => toD(x) - toD(y) : (x, y) => toD(x) + toD(y);
      else if (res === 'int') calc = sub ? (x, y) => V.intSub(x as Integral, y as Integral) : (x, y) => V.intAdd(x as Integral, y as Integral);
      else if (sub) {
        const subAt = countSubAt(L, e, `${sourceText(L, e.target)} - ${sourceText(L, e.value)}`);
        calc = (x, y) => subAt(x as Integral, y as Integral);
      } else calc = (x, y) => V.countAdd(x as Integral, y as Integral);
      const back = tt.kind === res ? undefined : tt.kind === 'count' ? V.coerceToCount : tt.kind === 'int' ? V.coerceToInt : V.toDouble;
      combine = back ? (x, y) => back(calc(x, y) as Integral) : calc;
      break;
    }
    case 'str': combine = (x, y) => (x as string) + (y as string); break;
    case 'pattern': combine = (x, y) => V.patternAddTo(x as R.PatternValue, y as R.PatternValue); break;
    case 'time': combine = sub ? (x, y) => (x as number) - (y as number) : (x, y) => (x as number) + (y as number); break;
    case 'table':
      combine = sub ? (x, y) => { T_.tableRemoveKeys(x as TableValue, y as TableValue); return x; }
        : (x, y) => { T_.tableMerge(x as TableValue, y as TableValue); return x; };
      break;
    case 'vecAll': {
      const te = (tt as R.VectorType).elem;
      const ve = vt.kind === 'vector' ? vt.elem : undefined;
      // `v += w` with `w` a vector of any and `v` not: Zeek checks and unboxes every element.
      if (ve?.kind === 'any' && te.kind !== 'any') {
        // Zeek reports the mismatch and goes on (the statement does not abort the body).
        const rt = L.rt;
        const head = `incompatible vector element assignment (${sourceText(L, e)} and `;
        const where = locationText(e.pos, sourceText(L, e));
        combine = (x, y) => {
          if (!V.vectorAppendUnboxed(x as unknown[], y as unknown[], te, V.sameType)) {
            report(rt.reporter, 'error', 'error', `${head}${V.formatValue(y, vt)})`, where);
          }
          return x;
        };
      } else combine = (x, y) => { V.vectorAppendAll(x as unknown[], y as unknown[]); return x; };
      break;
    }
    case 'vecOne':
      combine = (tt as R.VectorType).elem?.kind === 'any'
        ? (x, y) => { V.vectorAppend(x as unknown[], V.fitAnyElement(x as unknown[], y, V.sameType, 'type-checking failed in vector append')); return x; }
        : (x, y) => { V.vectorAppend(x as unknown[], y); return x; };
      break;
    default: throw new Error('internal: compound mode ' + mode + ' ' + V.typeToString(vt));
  }
  const inPlace = mode === 'table' || mode === 'vecAll' || mode === 'vecOne';
  const rt = L.rt;
  const update = (mode === 'num' || mode === 'str' || mode === 'time') && pure(e.value) ? lowerAtomicTableUpdate(L, e.target) : undefined;
  if (update) {
    // The value is evaluated after the read, as below.
    const apply = (old: unknown, f: Frame) => combine(old, value(f));
    return (f) => update(f, apply);
  }
  return (f) => {
    const cur = read(f);
    const v = combine(cur, value(f));
    if (!inPlace) store(f, v);
    else rt.notify(v as object);
    return v;
  };
}

export { emptyValue };
export type { VectorType };
