/**
 * Calls built-in functions (language.md §10) from lowered code.
 *
 * The formatting, pattern, address and file work is the runtime's (`src/runtime`); this module adapts the
 * compiler's calling convention (argument values plus their static types) and the attached `ScriptContext` to it,
 * and supplies the small built-ins the runtime does not carry. Errors a built-in reports go through
 * `ctx.error` and are printed with the call's position; the built-in then returns its fallback value.
 */
import * as R from '../../src/runtime';
import { V } from './runtimeValues';
import { BuiltinContext, Type } from '../../src/runtime';
import { locationText, type Located, type Runtime } from './runtime';
import { dnsFor } from './dns';
import { globalIds, isEventHandled, lookupId, recordTypeToVector } from './scopeBuiltins';
import { enumNames, recordFields } from './typeBuiltins';
import { tableRead, type ScriptTable } from './tables';

/** Location of the built-in call being executed, for error messages. */
let currentLoc: Located | undefined;

/** Sets the call location used by errors reported from inside the next built-in call. */
export function setBuiltinLocation(loc: Located | undefined): void {
  currentLoc = loc;
}

const contexts = new WeakMap<Runtime, BuiltinContext>();

/** The runtime's `BuiltinContext` view of an attached program. */
export function builtinContext(rt: Runtime): BuiltinContext {
  let c = contexts.get(rt);
  if (c) return c;
  const env = rt.ctx.env ?? process.env;
  c = {
    networkTime: () => rt.ctx.scheduler.networkTime,
    currentTime: () => R.wallClock(),
    error: (m, detail) => {
      rt.errors++;
      if (currentLoc && detail?.located !== false) {
        const what = detail?.arg !== undefined ? `${currentLoc.text} and ${detail.arg}` : currentLoc.text;
        R.report(rt.reporter, 'error', 'error', `${m} (${what})`, locationText(currentLoc.pos, currentLoc.span ?? currentLoc.text));
      } else R.report(rt.reporter, 'error', 'error', m);
    },
    warning: (m, located = true) => {
      if (currentLoc && located) R.report(rt.reporter, 'warning', 'warning', `${m} (${currentLoc.text})`, locationText(currentLoc.pos, currentLoc.span ?? currentLoc.text));
      else R.report(rt.reporter, 'warning', 'warning', m);
    },
    report: (kind, m) => {
      // Zeek's reporter.bif: the message at the call's location, no expression text.
      const where = currentLoc ? locationText(currentLoc.pos, currentLoc.span ?? currentLoc.text) : undefined;
      if (kind === 'fatal' || kind === 'fatal_core') {
        R.reportFatal(rt.reporter, m, where);
        // fatal_error_with_core aborts (SIGABRT's status, 134); rxbro writes no core file (docs/deviations.md).
        rt.ctx.exit(kind === 'fatal' ? 1 : 134);
        return;
      }
      if (kind === 'error') rt.errors++;
      R.report(rt.reporter, kind, kind === 'info' ? '' : kind, m, where);
    },
    write: (t) => rt.ctx.stdout(t),
    terminate: () => {
      if (rt.ctx.scheduler.terminating || terminated.has(rt)) return false;
      terminated.add(rt);
      rt.ctx.terminate();
      return true;
    },
    isTerminating: () => rt.ctx.scheduler.terminating,
    exit: (code) => rt.ctx.exit(code),
    readingTraces: () => rt.ctx.readingTraces === true,
    readingLiveTraffic: () => false,
    env,
    // Read at each use: the engine fills in its queries after the scripts are attached, and a
    // built-in called while globals initialise must not cache their absence.
    get engine() {
      return rt.ctx.engine;
    },
    // Read at each call: the engine installs it after the scripts are attached.
    get state() { return rt.ctx.state; },
    get pcap() { return rt.ctx.pcap; },
    get logging() { return rt.ctx.logging; },
  };
  contexts.set(rt, c);
  return c;
}

const terminated = new WeakSet<Runtime>();

type Impl = (c: BuiltinContext, a: unknown[], t: Type[], rt: Runtime) => unknown;

const str = (v: unknown) => v as string;
/** The value inside an `any` box (arguments to `any` parameters arrive boxed). */
const unboxed = (v: unknown) => (R.isAnyValue(v) ? v.value : v);
const num = (v: unknown) => (typeof v === 'bigint' ? Number(v) : (v as number));





/** Built-ins the runtime's registry does not carry (yet); everything else is `BUILTINS` in src/runtime. */
const IMPLS: Record<string, Impl> = {
  abs: (_c, a) => Math.abs(num(a[0])),
  rand: (_c, a) => Math.floor(Math.random() * num(a[0])),
  srand: () => undefined,
  escape_string: (_c, a) => V.escapeString(str(a[0])),
  str_shell_escape: (_c, a) => str(a[0]).replace(/([`"\\$])/g, '\\$1'),
  // Here rather than in the registry because its result has its argument's type.
  sort: (c, a, t) => R.sortVector(c, a[0], t[0], a[1]),
  // Also typed by their argument (set of its index types / vector of its yield).
  table_keys: (_c, a) => R.tableKeys(unboxed(a[0]) as R.TableValue),
  table_values: (_c, a) => R.tableValues(unboxed(a[0]) as R.TableValue),
  filter_subnet_table: (_c, a, t) => {
    const [tv, tt] = R.dynamicType(a[1], t[1] ?? R.T.any);
    const out = R.filterSubnetTable(a[0] as R.SubnetValue, tv as R.TableValue);
    // Each entry found is a read, as Zeek's LookupSubnetValues: it refreshes &read_expire (language.expire_subnet).
    for (const en of out.map.values()) tableRead(tv as ScriptTable, en);
    return R.boxAny(out, tt);
  },
  is_event_handled: (c, a, _t, rt) => isEventHandled(rt, c, str(a[0])),
  // `-b` (Zeek test bifs.bare_mode): a non-bare run loads policy/init-default.bro.
  bare_mode: (_c, _a, _t, rt) => ![...rt.sources.keys()].some((f) => f.endsWith('init-default.bro')),
  network_time_init_done: () => true,
  // The global scope by name (compiler/lower/scopeBuiltins.ts).
  lookup_ID: (_c, a, _t, rt) => lookupId(rt, str(unboxed(a[0]))),
  global_ids: (_c, _a, _t, rt) => globalIds(rt),
  record_type_to_vector: (_c, a, _t, rt) => recordTypeToVector(rt, str(unboxed(a[0]))),
  // Type values (compiler/lower/typeBuiltins.ts).
  enum_names: (_c, a, t, rt) => enumNames(rt, a[0], t[0] ?? R.T.any),
  record_fields: (c, a, t, rt) => recordFields(rt, c, a[0], t[0] ?? R.T.any),
};

/**
 * A caller of the built-in `name` for one call site: the registry entry and the context are looked up once
 * (on the first call, after `attach`), not per call. Same behaviour as {@link callBuiltin}.
 *
 * ## Example
 * ```ts
 * const upper = builtinCaller(rt, 'to_upper');
 * upper(['abc'], [T.string]); // 'ABC'
 * ```
 */
export function builtinCaller(rt: Runtime, name: string): (args: unknown[], types: Type[]) => unknown {
  if (name === 'blocking_lookup_hostname' || !Object.prototype.hasOwnProperty.call(V.BUILTINS, name)) {
    return (args, types) => callBuiltin(rt, name, args, types);
  }
  const b = V.BUILTINS[name];
  const ps = b.type.params;
  let ctx: BuiltinContext | undefined;
  return (args, types) => {
    if (args.length < ps.length) return callBuiltin(rt, name, args, types);
    return b.impl(ctx ??= builtinContext(rt), args, types);
  };
}

/**
 * Runs the built-in `name` with argument values and their static types.
 *
 * ## Example
 * ```ts
 * callBuiltin(rt, 'to_upper', ['abc'], [T.string]); // 'ABC'
 * ```
 */
export function callBuiltin(rt: Runtime, name: string, args: unknown[], types: Type[]): unknown {
  if (name === 'blocking_lookup_hostname') return dnsFor(rt).blockingLookupHostname(str(args[0]));
  const b = Object.prototype.hasOwnProperty.call(V.BUILTINS, name) ? V.BUILTINS[name] : undefined;
  if (b) {
    const ps = b.type.params;
    if (args.length < ps.length) {
      // Trailing parameters with constant defaults (`to_count(s, base: count &default=10)`).
      args = args.slice();
      types = types.slice();
      for (let i = args.length; i < ps.length && ps[i].default !== undefined; i++) { args.push(ps[i].default); types.push(ps[i].type); }
    }
    return b.impl(builtinContext(rt), args, types);
  }
  const impl = IMPLS[name];
  if (!impl) return V.runtimeError(`built-in function ${name} is not implemented`, 'statement');
  return impl(builtinContext(rt), args, types, rt);
}

