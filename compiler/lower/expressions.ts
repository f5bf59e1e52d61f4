/**
 * Lowering of checked expressions to closures `(frame) => value`.
 *
 * Every operator is resolved at compile time from the operand types the checker recorded, so a closure does
 * exactly one thing at run time (for example `count + count` becomes a call of the runtime's `countAdd`; there is
 * no type dispatch per execution).
 */
import * as R from '../../src/runtime';
import {
  FuncType, Integral, isAnyValue, RecordType, T, TableType, TableValue, Type, VectorType,
} from '../../src/runtime';
import type { Expr } from '../ast';
import type { GlobalSym, LocalSym, Sym } from '../check/symbols';
import { builtinContext, callBuiltin, setBuiltinLocation } from './builtins';
import { ASYNC_DNS, dnsFor } from './dns';
import { resolvePending } from './when';
import { copyValue, emptyValue } from './values';
import * as T_ from './tables';
import { Deferred, Ev, Frame, locate, Pending, Runtime, TraceCall, traced } from './runtime';
import type { Lowerer } from './lowerer';

const fail = R.runtimeError;

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
      if (e.op === '~') return (f) => R.countNot(a(f) as Integral);
      if (e.op === '-') {
        if (t.kind === 'count') return (f) => R.countNegate(a(f) as Integral);
        if (t.kind === 'int') return (f) => R.intNegate(a(f) as Integral);
        return (f) => -(a(f) as number) || 0;
      }
      if (t.kind === 'count') return (f) => R.countToInt(a(f) as Integral);
      return a;
    }
    case 'incr': {
      const read = lowerExpr(L, e.operand);
      const store = lowerStore(L, e.operand);
      const t = e.type!;
      const op = t.kind === 'count' ? (e.op === '++' ? R.countInc : R.countDec) : (e.op === '++' ? R.intInc : R.intDec);
      return guard(L, e, (f) => {
        const v = op(read(f) as Integral);
        store(f, v);
        return v;
      });
    }
    case 'binary': return guard(L, e, lowerBinary(L, e as Extract<Expr, { k: 'binary' }>));
    case 'assign': return guard(L, e, lowerAssign(L, e as Extract<Expr, { k: 'assign' }>));
    case 'cond': {
      const c = lowerExpr(L, e.cond), a = lowerExpr(L, e.then), b = lowerExpr(L, e.else);
      return (f) => (c(f) ? a(f) : b(f));
    }
    case 'call': return lowerCall(L, e as Extract<Expr, { k: 'call' }>);
    case 'field': {
      const r = lowerExpr(L, e.rec);
      const name = e.field;
      return guard(L, e, (f) => {
        const v = (r(f) as Record<string, unknown>)[name];
        if (v === undefined) fail('field value missing');
        return v;
      });
    }
    case 'hasField': {
      const r = lowerExpr(L, e.rec);
      const name = e.field;
      return guard(L, e, (f) => (r(f) as Record<string, unknown>)[name] !== undefined);
    }
    case 'index': {
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
        return isStr ? R.stringSlice(x as string, i, j) : R.vectorSlice(x as unknown[], i, j);
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
        return R.createRecord(rt, init);
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
      const fire = (a: unknown[]) => rt.ctx.events.raise(name, ...a);
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
        return make((frame: Frame) => {
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
      return s.v6 ? R.subnetFromWords(R.addrToWords(s.addr), s.len) : R.makeSubnet(s.addr, s.len);
    }
    case 'pattern':
      return R.makePattern(e.value as string, e.flags ?? '');
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
      return guard(L, e, (f) => {
        const v = f.v[slot];
        if (v === undefined) fail('value used but not set');
        // Inside a `when` condition, a captured aggregate is a dependency (§8.3).
        if (rt.watch !== undefined && typeof v === 'object') rt.watch(v as object);
        return v;
      });
    }
    case 'global': {
      const cell = s.cell;
      const name = s.name;
      const rt = L.rt;
      return guard(L, e, () => {
        const v = cell.v;
        if (rt.watch !== undefined) {
          rt.watch(name);
          if (typeof v === 'object' && v !== null) rt.watch(v);
        }
        if (v === undefined) fail('value used but not set');
        return v;
      });
    }
    case 'enumConst': {
      const v = s.name;
      return () => v;
    }
    case 'builtin': {
      const name = s.name;
      const types = s.type.params.map(p => p.type);
      const rt = L.rt;
      const fn = (...args: unknown[]) => callBuiltin(rt, name, args, types);
      return () => fn;
    }
    case 'type':
      throw new Error('internal: type name used as a value');
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
        if (types.length === 1 && R.isAtomic(types[0]) && types[0].kind !== 'subnet' && types[0].kind !== 'pattern') {
          const i0 = idx[0];
          return (f, v) => {
            const t = target(f) as TableValue;
            const k = i0(f);
            T_.tableSet(t, k, [k], v);
            L.rt.notify(t);
          };
        }
        return (f, v) => {
          const t = target(f) as TableValue;
          const index = idx.map(x => x(f));
          T_.tableSet(t, R.canonicalKey(index, types), index, v);
          L.rt.notify(t);
        };
      }
      if (tt.kind === 'vector') {
        const i = lowerExpr(L, e.indices[0]);
        return (f, v) => {
          const vec = target(f) as unknown[];
          R.vectorSet(vec, i(f) as Integral, v);
          L.rt.notify(vec);
        };
      }
      throw new Error('internal: store into index of ' + tt.kind);
    }
  }
  throw new Error('internal: not an lvalue: ' + e.k);
}

function lowerIndex(L: Lowerer, e: Extract<Expr, { k: 'index' }>): Ev {
  const target = lowerExpr(L, e.target);
  const tt = e.target.type!;
  if (tt.kind === 'vector') {
    const i = lowerExpr(L, e.indices[0]);
    return (f) => R.vectorGet(target(f) as unknown[], i(f) as Integral);
  }
  if (tt.kind === 'string') {
    const i = lowerExpr(L, e.indices[0]);
    return (f) => R.stringIndex(target(f) as string, i(f) as Integral);
  }
  const table = tt as TableType;
  const types = table.index;
  const idx = e.indices.map(x => lowerExpr(L, x));
  const subnetByAddr = types.length === 1 && types[0].kind === 'subnet' && e.indices[0].type!.kind === 'addr';
  const atomic = types.length === 1 && R.isAtomic(types[0]) && types[0].kind !== 'subnet' && types[0].kind !== 'pattern';
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
      en = R.subnetLookup(t, a);
      if (!en) index = [a];
    } else {
      index = idx.map(x => x(f));
      en = t.map.get(R.canonicalKey(index, types));
    }
    if (en) {
      T_.tableRead(t, en);
      return en.value;
    }
    if (t.defaultOf) {
      const v = t.defaultOf(index!);
      if ((t as T_.ScriptTable).defaultInsert) T_.tableSet(t, R.canonicalKey(index!, types), index!, v);
      return v;
    }
    return fail('no such index');
  };
}

function lowerAbs(L: Lowerer, x: Expr): Ev {
  const a = lowerExpr(L, x);
  const t = x.type!;
  switch (t.kind) {
    case 'count': case 'port': return a;
    case 'int': return (f) => R.intAbs(a(f) as Integral);
    case 'double': case 'time': case 'interval': return (f) => Math.abs(a(f) as number);
    case 'bool': return (f) => (a(f) ? 1 : 0);
    case 'enum': { const et = t; return (f) => et.byName.get(a(f) as string) ?? 0; }
    case 'string': return (f) => (a(f) as string).length;
    case 'addr': return (f) => R.addrSize(a(f) as string);
    case 'subnet': return (f) => R.subnetSize(a(f) as R.SubnetValue);
    case 'table': return (f) => (a(f) as TableValue).map.size;
    case 'vector': return (f) => (a(f) as unknown[]).length;
    case 'record': { const n = t.fields.length; return () => n; }
    case 'function': case 'event': case 'hook': { const n = t.params.length; return () => n; }
    case 'pattern': return () => 0;
    case 'any': return (f) => {
      const v = a(f);
      if (isAnyValue(v)) return absOf(v.value, v.anyType);
      return 0;
    };
    default: return () => 0;
  }
}

function absOf(v: unknown, t: Type): unknown {
  switch (t.kind) {
    case 'int': return R.intAbs(v as Integral);
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
    if (ft.kind === 'any' && isAnyValue(v)) {
      if (to.kind === 'any') return v;
      return conv(v.value, v.anyType);
    }
    if (R.sameType(ft, to)) return v;
    const num = (k: string) => k === 'count' || k === 'int' || k === 'double' || k === 'time' || k === 'interval';
    if (num(ft.kind) && num(to.kind)) {
      const d = typeof v === 'bigint' ? Number(v) : (v as number);
      if (to.kind === 'count') {
        if (ft.kind === 'count') return v;
        if (typeof v === 'bigint') return R.coerceToCount(v);
        return R.coerceToCount(R.integralFromDouble(ft.kind === 'int' ? d : R.roundHalfEven(d)));
      }
      if (to.kind === 'int') {
        if (typeof v === 'bigint') return R.coerceToInt(v);
        return R.coerceToInt(R.integralFromDouble(ft.kind === 'count' ? d : R.roundHalfEven(d)));
      }
      return d;
    }
    if (ft.kind === 'string') {
      const s = v as string;
      switch (to.kind) {
        case 'addr': { const x = R.parseAddr(s); if (x === undefined) fail(`invalid conversion of '${s}' to addr`); return x; }
        case 'subnet': { const x = R.parseSubnet(s); if (x === undefined) fail(`invalid conversion of '${s}' to subnet`); return x; }
        case 'count': if (/^\s*\d+\s*$/.test(s)) return R.parseCountLiteral(s.trim()); break;
        case 'int': if (/^\s*[-+]?\d+\s*$/.test(s)) return R.integralFromDouble(Number(s)); break;
        case 'double': if (s.trim() !== '' && !isNaN(Number(s))) return Number(s); break;
      }
    }
    return fail(`invalid cast of value with type '${R.typeToString(ft)}' to type '${R.typeToString(to)}'`);
  };
  if (e.op === 'as') return (f) => conv(a(f), from);
  if (e.op === 'is') {
    return (f) => {
      const v = a(f);
      if (from.kind === 'any' && isAnyValue(v)) return R.anyIs(v, to) || to.kind === 'any';
      return R.sameType(from, to) || to.kind === 'any';
    };
  }
  return (f) => {
    try { conv(a(f), from); return true; } catch (err) { if (err instanceof R.BroRuntimeError) return false; throw err; }
  };
}

function lowerCoerce(L: Lowerer, e: Extract<Expr, { k: 'coerce' }>): Ev {
  const a = lowerExpr(L, e.expr);
  const from = e.expr.type!;
  const to = e.type!;
  switch (e.mode) {
    case 'toDouble': return (f) => R.toDouble(a(f) as Integral);
    case 'toInt':
      if (from.kind === 'count') return guard(L, e, (f) => R.coerceToInt(a(f) as Integral));
      return guard(L, e, (f) => R.coerceToInt(a(f) as Integral));
    case 'toCount': return guard(L, e, (f) => R.coerceToCount(a(f) as Integral));
    case 'toAny': return (f) => R.boxAny(a(f), from);
    case 'fromAny': return (f) => { const v = a(f); return isAnyValue(v) ? R.anyAs(v, to) : v; };
    case 'record': {
      const rt = to as RecordType;
      return (f) => {
        const v = a(f) as Record<string, unknown> | undefined;
        if (v === undefined) return v;
        const init: Record<string, unknown> = {};
        for (const fld of rt.fields) {
          const x = v[fld.name];
          if (x === undefined) continue;
          const src = (from as RecordType).fields.find(g => g.name === fld.name);
          init[fld.name] = src && src.type.kind === 'record' && fld.type.kind === 'record' && !R.sameType(src.type, fld.type)
            ? recordConvert(x as Record<string, unknown>, fld.type) : x;
        }
        return R.createRecord(rt, init);
      };
    }
  }
}

function recordConvert(v: Record<string, unknown>, rt: RecordType): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  for (const fld of rt.fields) if (v[fld.name] !== undefined) init[fld.name] = v[fld.name];
  return R.createRecord(rt, init);
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
      return R.createRecord(rt, init);
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
        idx: idx.map(x => (x.k === 'list' ? { many: true, evs: x.items.map(y => lowerExpr(L, y)) } : { many: false, evs: [lowerExpr(L, x)] })),
        value: it.k === 'tableItem' ? lowerExpr(L, it.value) : undefined,
      };
    });
    return (f) => {
      const tv = init(f);
      for (const en of entries) {
        const cols = en.idx.map(c => c.evs.map(ev => ev(f)));
        const value = en.value ? en.value(f) : true;
        for (const index of crossProduct(cols)) {
          const k = R.canonicalKey(index, types);
          if (isSet) T_.tableAdd(tv, k, index);
          else T_.tableSet(tv, k, index, value);
        }
      }
      return tv;
    };
  }
  throw new Error('internal: constructor of ' + t.kind);
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

function lowerCall(L: Lowerer, e: Extract<Expr, { k: 'call' }>): Ev {
  const info = e.info ?? {};
  if (info.kind === 'recordCtor') return guard(L, e, lowerConstructor(L, e, info.type));
  if (info.kind === 'typeCtor') return guard(L, e, lowerConstructor(L, e, info.type));
  const args = e.args.map(a => lowerExpr(L, a));
  if (info.kind === 'builtin') {
    const name = info.name as string;
    const types = e.args.map(a => (a.k === 'coerce' && a.mode === 'toAny' ? a.expr.type! : a.type!));
    const rt = L.rt;
    const n = args.length;
    const loc = { pos: e.pos, text: (rt.sources.get(e.pos.file) ?? '').slice(e.pos.offset, e.end) };
    if (name in ASYNC_DNS) return guard(L, e, lowerAsyncDns(rt, e, name, args[0], loc));
    const paramNames = ((e.fn.type as FuncType | undefined)?.params ?? []).map(p => p.name);
    return guard(L, e, (f) => {
      const vals = new Array(n);
      for (let i = 0; i < n; i++) {
        const v = args[i](f);
        vals[i] = isAnyValue(v) && e.args[i].k === 'coerce' ? v.value : v;
      }
      setBuiltinLocation(loc);
      if (rt.trace === undefined) return callBuiltin(rt, name, vals, types);
      const call: TraceCall = { kind: 'builtin', name, params: vals.map((v, i) => ({ name: paramNames[i] ?? `vararg${i - paramNames.length}`, type: types[i], value: v })), pos: undefined, depth: rt.depth };
      return traced(rt, call, e.type, () => callBuiltin(rt, name, vals, types));
    });
  }
  const fn = lowerExpr(L, e.fn);
  const defaults = ((info.defaults ?? []) as (Expr | undefined)[]).map(d => (d ? lowerExpr(L, d) : undefined));
  const n = Math.max(args.length, defaults.length);
  const rt = L.rt;
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
      if (!w) fail('return trigger in context which does not allow delaying result');
      w!.cache.set(e, r);
      if (r.done) return r.value;
      rt.watch?.(r);
      throw Deferred.instance;
    }
    return r;
  });
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
      return name === 'lookup_hostname' ? R.createSet() : '<error>';
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
      if (k === 'count') return (f) => R.countAdd(A(f), B(f));
      if (k === 'int') return (f) => R.intAdd(A(f), B(f));
      if (k === 'string') return (f) => (a(f) as string) + (b(f) as string);
      return (f) => dA(f) + dB(f);
    case '-':
      if (k === 'count') return (f) => R.countSub(A(f), B(f));
      if (k === 'int') return (f) => R.intSub(A(f), B(f));
      if (k === 'table') return (f) => R.setDifference(a(f) as R.SetValue, b(f) as R.SetValue);
      return (f) => dA(f) - dB(f);
    case '*':
      if (k === 'count') return (f) => R.countMul(A(f), B(f));
      if (k === 'int') return (f) => R.intMul(A(f), B(f));
      return (f) => dA(f) * dB(f);
    case '/':
      if (k === 'count') return (f) => R.countDiv(A(f), B(f));
      if (k === 'int') return (f) => R.intDiv(A(f), B(f));
      if (k === 'subnet') return (f) => R.makeSubnet(a(f) as string, Number(b(f)));
      return (f) => R.doubleDiv(dA(f), dB(f));
    case '%':
      if (k === 'count') return (f) => R.countMod(A(f), B(f));
      return (f) => R.intMod(A(f), B(f));
    case '&':
      if (k === 'count') return (f) => R.countAnd(A(f), B(f));
      if (k === 'pattern') return (f) => R.patternAnd(a(f) as R.PatternValue, b(f) as R.PatternValue);
      return (f) => R.setIntersection(a(f) as R.SetValue, b(f) as R.SetValue);
    case '|':
      if (k === 'count') return (f) => R.countOr(A(f), B(f));
      if (k === 'pattern') return (f) => R.patternOr(a(f) as R.PatternValue, b(f) as R.PatternValue);
      return (f) => R.setUnion(a(f) as R.SetValue, b(f) as R.SetValue);
    case '^': return (f) => R.countXor(A(f), B(f));
    case '<<': return k === 'int' ? (f) => R.intShl(A(f), B(f)) : (f) => R.countShl(A(f), B(f));
    case '>>': return k === 'int' ? (f) => R.intShr(A(f), B(f)) : (f) => R.countShr(A(f), B(f));
  }
  void rt;
  throw new Error('internal: binary ' + op);
}

/** `v1 op v2` element by element; the vectors must have the same length; holes stay holes. */
function lowerVectorArith(e: Extract<Expr, { k: 'binary' }>, a: Ev, b: Ev, t: Type): Ev {
  const lt = (e.left.type as VectorType).elem, rt = (e.right.type as VectorType).elem;
  const conv = (x: unknown, from: Type) => (t.kind === 'double' && from.kind !== 'double' ? R.toDouble(x as Integral) : x);
  const k = t.kind;
  const one = (x: unknown, y: unknown): unknown => {
    switch (e.op) {
      case '+': return k === 'count' ? R.countAdd(x as Integral, y as Integral) : k === 'int' ? R.intAdd(x as Integral, y as Integral) : (x as number) + (y as number);
      case '-': return k === 'count' ? R.countSub(x as Integral, y as Integral) : k === 'int' ? R.intSub(x as Integral, y as Integral) : (x as number) - (y as number);
      case '*': return k === 'count' ? R.countMul(x as Integral, y as Integral) : k === 'int' ? R.intMul(x as Integral, y as Integral) : (x as number) * (y as number);
      case '/': return k === 'count' ? R.countDiv(x as Integral, y as Integral) : k === 'int' ? R.intDiv(x as Integral, y as Integral) : R.doubleDiv(x as number, y as number);
      default: return k === 'count' ? R.countMod(x as Integral, y as Integral) : R.intMod(x as Integral, y as Integral);
    }
  };
  return (f) => {
    const x = a(f) as unknown[], y = b(f) as unknown[];
    if (x.length !== y.length) fail('vector operands are of different sizes');
    const out = new Array(x.length);
    for (let i = 0; i < x.length; i++) {
      if (x[i] === undefined || y[i] === undefined) continue;
      out[i] = one(conv(x[i], lt), conv(y[i], rt));
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
      const m = patLeft ? R.patternMatches(x as R.PatternValue, y as string) : R.patternMatches(y as R.PatternValue, x as string);
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
    case 'addr': return (f) => test(R.addrCompare(a(f) as string, b(f) as string));
    case 'subnet': return (f) => test(R.subnetEquals(a(f) as R.SubnetValue, b(f) as R.SubnetValue) ? 0 : 1);
    case 'pattern': return (f) => test(R.patternEquals(a(f) as R.PatternValue, b(f) as R.PatternValue) ? 0 : 1);
    case 'table':
      if (eqOnly) return (f) => test(R.setEquals(a(f) as TableValue, b(f) as TableValue) ? 0 : 1);
      return (f) => {
        const x = a(f) as TableValue, y = b(f) as TableValue;
        if (op === '<') return R.setIsProperSubset(x, y);
        if (op === '<=') return R.setIsSubset(x, y);
        if (op === '>') return R.setIsProperSubset(y, x);
        return R.setIsSubset(y, x);
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
        const en = R.subnetLookup(t, a);
        if (en) T_.tableRead(t, en);
        return en !== undefined;
      };
    }
    if (types.length === 1 && types[0].kind === 'pattern' && idxExprs[0].type!.kind === 'string') {
      return (f) => R.patternLookup(right(f) as TableValue, idx[0](f) as string).length > 0;
    }
    const atomic = types.length === 1 && R.isAtomic(types[0]) && types[0].kind !== 'subnet' && types[0].kind !== 'pattern';
    return (f) => {
      const t = right(f) as TableValue;
      const en = atomic ? t.map.get(idx[0](f)) : t.map.get(R.canonicalKey(idx.map(x => x(f)), types));
      if (en) T_.tableRead(t, en);
      return en !== undefined;
    };
  }
  const left = lowerExpr(L, e.left);
  switch (mode) {
    case 'substr': return (f) => (right(f) as string).includes(left(f) as string);
    case 'pattern': return (f) => R.patternSearch(left(f) as R.PatternValue, right(f) as string);
    case 'subnet': return (f) => R.subnetContains(right(f) as R.SubnetValue, left(f) as string);
    case 'vector': return (f) => R.vectorHas(right(f) as unknown[], left(f) as Integral);
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
      const toD = (x: unknown) => R.toDouble(x as Integral);
      let calc: (x: unknown, y: unknown) => unknown;
      if (res === 'double') calc = sub ? (x, y) => toD(x) - toD(y) : (x, y) => toD(x) + toD(y);
      else if (res === 'int') calc = sub ? (x, y) => R.intSub(x as Integral, y as Integral) : (x, y) => R.intAdd(x as Integral, y as Integral);
      else calc = sub ? (x, y) => R.countSub(x as Integral, y as Integral) : (x, y) => R.countAdd(x as Integral, y as Integral);
      const back = tt.kind === res ? undefined : tt.kind === 'count' ? R.coerceToCount : tt.kind === 'int' ? R.coerceToInt : R.toDouble;
      combine = back ? (x, y) => back(calc(x, y) as Integral) : calc;
      break;
    }
    case 'str': combine = (x, y) => (x as string) + (y as string); break;
    case 'pattern': combine = (x, y) => R.patternAddTo(x as R.PatternValue, y as R.PatternValue); break;
    case 'time': combine = sub ? (x, y) => (x as number) - (y as number) : (x, y) => (x as number) + (y as number); break;
    case 'table':
      combine = sub ? (x, y) => { T_.tableRemoveKeys(x as TableValue, y as TableValue); return x; }
        : (x, y) => { T_.tableMerge(x as TableValue, y as TableValue); return x; };
      break;
    case 'vecAll': combine = (x, y) => { R.vectorAppendAll(x as unknown[], y as unknown[]); return x; }; break;
    case 'vecOne': combine = (x, y) => { R.vectorAppend(x as unknown[], y); return x; }; break;
    default: throw new Error('internal: compound mode ' + mode + ' ' + R.typeToString(vt));
  }
  const inPlace = mode === 'table' || mode === 'vecAll' || mode === 'vecOne';
  const rt = L.rt;
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
